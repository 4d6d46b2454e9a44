import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import type { ImportReport } from "../datasets/commands.ts";
import type { IssueGroup } from "../datasets/issues.ts";
import { ACTION_TEXTS, REASON_TEXTS } from "../datasets/messages.ts";
import type { DatasetListRow } from "./queries.ts";

/** The import report as the API answers it: reason codes stay, with labels in the language. */
export const presentReport = (report: ImportReport, lang: Lang) => ({
  ...report,
  issues: report.issues.map((g) => ({
    reason: g.reason,
    reasonLabel: localise(REASON_TEXTS[g.reason], lang),
    action: g.action,
    actionLabel: localise(ACTION_TEXTS[g.action], lang),
    count: g.count,
    lines: g.lines,
    details: g.details,
  })),
});

export const presentDataset = (d: DatasetListRow) => ({
  id: d.id,
  kind: d.kind,
  vintage: d.vintage,
  fileName: d.file_name,
  sha256: d.sha256,
  importedAt: new Date(d.imported_at).toISOString(),
  importedBy: d.imported_by,
  rowsRead: d.rows_read,
  rowsStored: d.rows_stored,
  rowsSkipped: d.rows_skipped,
});

/** A dataset as the administrators' page lists it. */
export type DatasetItemView = {
  kind: string;
  vintage: string;
  fileName: string;
  sha256: string;
  rowsRead: number;
  rowsStored: number;
  rowsSkipped: number;
  importedAt: Date;
  importedBy: string | null;
  /** The source's anomalies a reader must know of (see WARNING_REASONS). */
  warnings: IssueGroup[];
};

/** A value that is not a number, a duplicated row: the anomalies a reader must know of. */
const WARNING_REASONS = new Set(["bad_number", "duplicate", "ambiguous_row"]);

export const presentDatasetItem = (d: DatasetListRow): DatasetItemView => ({
  kind: d.kind,
  vintage: d.vintage,
  fileName: d.file_name,
  sha256: d.sha256,
  rowsRead: d.rows_read,
  rowsStored: d.rows_stored,
  rowsSkipped: d.rows_skipped,
  importedAt: new Date(d.imported_at),
  importedBy: d.imported_by,
  warnings: (d.issues ?? []).filter((g) => WARNING_REASONS.has(g.reason)),
});
