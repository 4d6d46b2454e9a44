import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import type { ImportReport } from "../datasets/commands.ts";
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
