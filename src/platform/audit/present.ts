import type { Lang } from "../i18n/i18n.ts";
import { actionLabel, auditText } from "./messages.ts";
import type { AuditEventRow } from "./queries.ts";

/** The only path from an audit row to the page and the API. */
export function presentAuditEvent(row: AuditEventRow, lang: Lang) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    actionLabel: actionLabel(lang, row.action),
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    changes: row.changes,
    requestId: row.request_id,
  };
}

export type AuditEventView = ReturnType<typeof presentAuditEvent>;

/** One changed field for people to read; `to` is absent when the entry was not {from, to}. */
export type ChangeLine = { field: string | null; from: string; to?: string };

/**
 * The changes of an event as lines « field : before → after ». runCommand writes
 * {field: {from, to}}, but rows written by other means are shown as they are, never dropped.
 */
export function changeLines(lang: Lang, changes: unknown): ChangeLine[] {
  if (!isPlainObject(changes)) {
    return changes === null || changes === undefined
      ? []
      : [{ field: null, from: formatValue(lang, changes) }];
  }
  return Object.entries(changes).map(([field, change]) =>
    isPlainObject(change) && "from" in change && "to" in change
      ? { field, from: formatValue(lang, change.from), to: formatValue(lang, change.to) }
      : { field, from: formatValue(lang, change) },
  );
}

/** The same lines as plain text, one per line, for the CSV export. */
export function changesText(lang: Lang, changes: unknown): string {
  const colon = lang === "fr" ? "\u00a0: " : ": ";
  return changeLines(lang, changes)
    .map((line) => {
      const value = line.to === undefined ? line.from : `${line.from} → ${line.to}`;
      return line.field === null ? value : `${line.field}${colon}${value}`;
    })
    .join("\n");
}

export function formatValue(lang: Lang, value: unknown): string {
  if (value === null || value === undefined) return auditText(lang, "none");
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return auditText(lang, value ? "yes" : "no");
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
