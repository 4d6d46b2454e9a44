import type { Lang } from "../i18n/i18n.ts";
import { BOM, csvLine } from "./csv.ts";
import { actionLabel, auditText } from "./messages.ts";
import { changesText } from "./present.ts";
import type { AuditEventRow } from "./queries.ts";

/**
 * The CSV export, as a stream of text fed by batches of rows. Times are ISO 8601 in UTC, which
 * every spreadsheet and script reads without guessing; the actor and action stay raw ids so that
 * the file can be filtered, with the action's label beside it.
 */
export async function journalCsv(
  lang: Lang,
  batches: AsyncIterator<AuditEventRow[]>,
  onError: (err: unknown) => void,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const text = (rows: AuditEventRow[]) => encoder.encode(rows.map((r) => row(lang, r)).join(""));
  // Read before answering, so that a database failure is still an error page, not a cut file.
  const first = await batches.next();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(header(lang))));
      if (first.done) controller.close();
      else controller.enqueue(text(first.value));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(text(next.value));
      } catch (err) {
        // The status line has gone: failing the stream aborts the download rather than
        // leaving a file that looks complete.
        onError(err);
        controller.error(err);
      }
    },
    async cancel() {
      await batches.return?.();
    },
  });
}

const header = (lang: Lang) =>
  (
    [
      "atUtc",
      "actor",
      "actionId",
      "action",
      "subjectType",
      "subjectId",
      "changes",
      "requestId",
    ] as const
  ).map((key) => auditText(lang, key));

const row = (lang: Lang, r: AuditEventRow) =>
  csvLine([
    r.at.toISOString(),
    r.actor_label,
    r.action,
    actionLabel(lang, r.action),
    r.subject_type,
    r.subject_id ?? "",
    changesText(lang, r.changes),
    r.request_id ?? "",
  ]);

/** « journal-audit-2024-05-01.csv », dated in Toronto like the rest of the page. */
export function csvFileName(lang: Lang, now: Date): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto" }).format(now);
  return `${lang === "fr" ? "journal-audit" : "audit-log"}-${day}.csv`;
}
