import { describe, expect, it } from "vitest";
import { parseEuResults } from "./eu-crm-results.ts";
import { parseOfficialList } from "./official-list.ts";
import { bundled, countIssues, linesOf } from "./test-files.ts";

const { text, ctx } = bundled("eu-crm-2023/eu_crm_2023_results.csv");
const parsed = parseEuResults(text, ctx);
const row = (id: string) => parsed.rows.find((r) => r.materialId === id);

describe("EU CRM 2023 results", () => {
  it("repairs and reports the table's known defects", () => {
    expect(parsed.vintage).toBe("EU CRM 2023");
    expect(parsed.rowsRead).toBe(91);
    expect(parsed.rows).toHaveLength(90);
    expect(countIssues(parsed.issues)).toEqual({
      "skipped duplicate": 1,
      "repaired shifted_columns_repaired": 5,
      "repaired bad_number": 1,
      "repaired scope_normalised": 1,
    });
  });

  it("reports Tungsten's second row as a duplicate", () => {
    expect(parsed.issues.find((i) => i.reason === "duplicate")).toMatchObject({
      line: 88,
      detail: "Tungsten",
    });
  });

  it("flags LREE's 281% and leaves that supply risk empty rather than guess", () => {
    expect(parsed.issues.find((i) => i.reason === "bad_number")).toMatchObject({
      line: 44,
      detail: "LREE: supply_risk_primary = 281%",
    });
    expect(row("lree")).toMatchObject({ srExtraction: null, srProcessing: 3.58, supplyRisk: 3.7 });
  });

  it("moves the shifted primary-stage values back", () => {
    expect(linesOf(parsed.issues, "shifted_columns_repaired")).toEqual([14, 16, 50, 54, 79]);
    expect(row("coking-coal")).toMatchObject({
      scopeExtraction: "GS+EU",
      srExtraction: 1,
      scopeProcessing: null,
      srProcessing: 0.4,
    });
    expect(row("strontium")).toMatchObject({ srExtraction: 2.6, scopeProcessing: null });
    expect(row("molybdenum")?.scopeProcessing).toBe("EUonly");
  });

  it("reproduces the EU list: 32 by the thresholds (groups as groups), with copper and nickel 34", async () => {
    // Assessed as groups: the members of HREE, LREE and PGM (scandium stands on its own).
    const groups = ctx.ref.materials.filter((m) => ["hree", "lree", "pgm"].includes(m.id));
    const members = new Set(groups.flatMap((m) => m.members ?? []));
    const critical = parsed.rows
      .filter((r) => !members.has(r.materialId))
      .filter((r) => (r.supplyRisk ?? 0) >= 1 && (r.economicImportance ?? 0) >= 2.8)
      .map((r) => r.materialId);
    expect(critical).toHaveLength(32);
    const annex = bundled("official-lists/eu_crma_2024_annex_ii.csv");
    const list = parseOfficialList(annex.text, annex.ctx).rows.members.map((m) => m.materialId);
    expect([...critical, "copper", "nickel"].sort()).toEqual([...list].sort());
  });
});
