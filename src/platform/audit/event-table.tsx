import { formatDateTime } from "../i18n/format.ts";
import type { Lang } from "../i18n/i18n.ts";
import { TableCaption, TableHead } from "../web/table-head.tsx";
import { journalHref } from "./audit-filter.ts";
import {
  type AUDIT_TEXTS,
  actionLabel,
  auditText,
  performerLabel,
  subjectLabel,
} from "./messages.ts";
import { type AuditEventView, changeLines } from "./present.ts";

type TextKey = keyof typeof AUDIT_TEXTS;

/** One page of events; every value comes from the database and is written as escaped text. */
export function EventTable({ lang, items }: { lang: Lang; items: AuditEventView[] }) {
  const t = (key: TextKey) => auditText(lang, key);
  return (
    <div class="table-wrap">
      <table class="audit-table">
        <TableCaption text={t("caption")} hint={t("timesHint")} />
        <TableHead
          columns={[
            t("at"),
            t("actor"),
            t("action"),
            t("subjectType"),
            t("subjectId"),
            t("changes"),
          ]}
        />
        <tbody>
          {items.map((event) => (
            <tr>
              <td>
                <time datetime={event.at}>{formatDateTime(lang, new Date(event.at))}</time>
              </td>
              <td>{performerLabel(lang, event.actorLabel)}</td>
              <td>
                <ActionCell lang={lang} action={event.action} />
              </td>
              <td>{subjectLabel(lang, event.subjectType)}</td>
              <td>
                {event.subjectId ? (
                  // The history of one object is the most asked question of an audit log.
                  <a
                    href={journalHref(lang, {
                      subjectType: event.subjectType,
                      subjectId: event.subjectId,
                    })}
                  >
                    <code>{event.subjectId}</code>
                  </a>
                ) : (
                  "—"
                )}
              </td>
              <td>
                <Changes lang={lang} changes={event.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The translated action with its id, which is what the filter takes; the id alone if unknown. */
function ActionCell({ lang, action }: { lang: Lang; action: string }) {
  const label = actionLabel(lang, action);
  if (label === action) return <code>{action}</code>;
  return (
    <>
      {label}
      <br />
      <code>{action}</code>
    </>
  );
}

function Changes({ lang, changes }: { lang: Lang; changes: unknown }) {
  const lines = changeLines(lang, changes);
  if (lines.length === 0) return <>—</>;
  const colon = lang === "fr" ? "\u00a0: " : ": ";
  return (
    <ul>
      {lines.map((line) => (
        <li>
          {line.field !== null && (
            <>
              <code>{line.field}</code>
              {colon}
            </>
          )}
          {line.from}
          {line.to !== undefined && ` → ${line.to}`}
        </li>
      ))}
    </ul>
  );
}
