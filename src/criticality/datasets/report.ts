import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import type { ImportReport } from "./commands.ts";
import { ACTION_TEXTS, dataMessages, REASON_TEXTS } from "./messages.ts";

/** The final report of an import, in the user's language: counts, then issues by reason. */
export function reportLines(report: ImportReport, lang: Lang, firstLines = 10): string[] {
  const { kind, vintage, encoding, fileName: file } = report;
  const head =
    report.status === "unchanged"
      ? dataMessages(lang, "unchanged", { kind, vintage, sha: report.sha256.slice(0, 12) })
      : dataMessages(lang, "imported", { kind, vintage, encoding, file });
  const lines = [
    head,
    dataMessages(lang, "counts", {
      read: report.rowsRead,
      stored: report.rowsStored,
      skipped: report.rowsSkipped,
    }),
  ];
  for (const g of report.issues) {
    const shown = g.lines.slice(0, firstLines);
    lines.push(
      dataMessages(lang, "issueGroup", {
        action: localise(ACTION_TEXTS[g.action], lang),
        reason: localise(REASON_TEXTS[g.reason], lang),
        count: g.count,
        lines: shown.join(", "),
        more: g.count > shown.length ? ", …" : "",
      }),
    );
    if (g.details.length > 0 && g.reason !== "out_of_scope") {
      lines.push(dataMessages(lang, "examples", { details: g.details.slice(0, 5).join(" | ") }));
    }
  }
  return lines;
}
