import { formatDateTime, formatNumber } from "../i18n/format.ts";
import { type Lang, localisedPath } from "../i18n/i18n.ts";
import { TableCaption, TableHead } from "../web/table-head.tsx";
import { type MAIL_TEXTS, mailText, STATUS_LABELS } from "./messages.ts";
import type { MailDetailView, MailView } from "./present.ts";
import { PAGE_SIZE } from "./queries.ts";

type TextKey = keyof typeof MAIL_TEXTS;

export const outboxHref = (lang: Lang, page = 1) =>
  localisedPath(lang, "/admin/courriels") + (page > 1 ? `?page=${page}` : "");
export const mailHref = (lang: Lang, id: string) => localisedPath(lang, `/admin/courriels/${id}`);

const When = ({ lang, at }: { lang: Lang; at: Date }) => (
  <time datetime={at.toISOString()}>{formatDateTime(lang, at)}</time>
);

/** The outbox, newest first; every value from the database is written as escaped text. */
export function OutboxPage(v: {
  lang: Lang;
  page: number;
  sending: boolean;
  result: { items: MailView[]; total: number };
}) {
  const { lang, page, result } = v;
  const t = (key: TextKey) => mailText(lang, key);
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const count = mailText(lang, result.total > 1 ? "countMany" : "countOne", {
    total: formatNumber(lang, result.total),
  });
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      {!v.sending && <p class="hint">{t("keptNotice")}</p>}
      <p>
        <strong>{count}</strong>
      </p>
      {result.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table>
          <TableCaption text={t("caption")} hint={t("timesHint")} />
          <TableHead columns={[t("createdAt"), t("to"), t("subject"), t("status"), t("about")]} />
          <tbody>
            {result.items.map((mail) => (
              <tr>
                <td>
                  <When lang={lang} at={mail.createdAt} />
                </td>
                <td>{mail.to}</td>
                <td>
                  <a href={mailHref(lang, mail.id)}>{mail.subject}</a>
                </td>
                <td>{STATUS_LABELS[mail.status][lang]}</td>
                <td>{mail.about ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(pages > 1 || page > 1) && (
        <nav class="pagination" aria-label={t("pagination")}>
          {page > 1 && (
            <a href={outboxHref(lang, Math.min(page - 1, pages))} rel="prev">
              {t("previous")}
            </a>
          )}
          <span aria-current="page">
            {mailText(lang, "pageOf", {
              page: formatNumber(lang, page),
              pages: formatNumber(lang, pages),
            })}
          </span>
          {page < pages && (
            <a href={outboxHref(lang, page + 1)} rel="next">
              {t("next")}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

/** One mail: its envelope, its text as sent, and its attachments to download. */
export function MailPage({ lang, mail }: { lang: Lang; mail: MailDetailView }) {
  const t = (key: TextKey) => mailText(lang, key);
  const row = (label: TextKey, value: unknown) => (
    <>
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <>
      <p>
        <a href={outboxHref(lang)}>{t("back")}</a>
      </p>
      <h1>{mail.subject}</h1>
      <dl>
        {row("to", mail.to)}
        {row("createdAt", <When lang={lang} at={mail.createdAt} />)}
        {row("status", STATUS_LABELS[mail.status][lang])}
        {row("attempts", formatNumber(lang, mail.attempts))}
        {mail.sentAt && row("sentAt", <When lang={lang} at={mail.sentAt} />)}
        {mail.status === "failed" &&
          mail.nextAttemptAt &&
          row("nextAttempt", <When lang={lang} at={mail.nextAttemptAt} />)}
        {mail.lastError && row("lastError", <code>{mail.lastError}</code>)}
        {row("about", mail.about ?? "—")}
      </dl>
      <h2>{t("body")}</h2>
      <pre class="mail-body">{mail.bodyText}</pre>
      <h2>{t("attachments")}</h2>
      {mail.attachments.length === 0 ? (
        <p>{t("noAttachment")}</p>
      ) : (
        <ul>
          {mail.attachments.map((a) => (
            <li>
              <a href={`${mailHref(lang, mail.id)}/pieces/${a.position}`}>{a.filename}</a>{" "}
              <span class="hint">
                ({a.contentType}, {mailText(lang, "bytes", { size: formatNumber(lang, a.size) })})
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
