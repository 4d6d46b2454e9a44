import { describe, expect, it } from "vitest";
import type { IssueGroup } from "../datasets/issues.ts";
import { presentDatasetItem } from "./present.ts";

const group = (reason: IssueGroup["reason"]): IssueGroup => ({
  reason,
  action: "skipped",
  count: 2,
  lines: [3, 4],
  details: ["x"],
});

describe("presentDatasetItem", () => {
  it("maps every column to its camelCase field and keeps only the warnings", () => {
    const at = new Date("2026-12-01T10:00:00Z");
    expect(
      presentDatasetItem({
        id: "7",
        kind: "official-list",
        vintage: "qc-2020",
        file_name: "quebec_mcs_2020.csv",
        sha256: "abc123",
        imported_at: at,
        rows_read: 10,
        rows_stored: 8,
        rows_skipped: 2,
        issues: [group("bad_number"), group("out_of_scope")],
        imported_by: "admin@example.org",
      }),
    ).toEqual({
      kind: "official-list",
      vintage: "qc-2020",
      fileName: "quebec_mcs_2020.csv",
      sha256: "abc123",
      rowsRead: 10,
      rowsStored: 8,
      rowsSkipped: 2,
      importedAt: at,
      importedBy: "admin@example.org",
      warnings: [group("bad_number")],
    });
  });
});
