import type { Context } from "hono";
import { fail } from "../errors/app-error.ts";
import { access } from "../http/access.ts";
import { attachmentDisposition } from "../http/attachment.ts";
import { isUuid } from "../http/ids.ts";
import type { Router } from "../http/router.ts";
import type { AppEnv } from "../http/types.ts";
import { renderPage } from "../web/render.tsx";
import { MAIL_TEXTS, mailText } from "./messages.ts";
import { MailPage, OutboxPage } from "./pages.tsx";
import { presentMail, presentMailDetail } from "./present.ts";
import { findAttachment, findMail, listMails } from "./queries.ts";

const READ = access("read", "MailOutbox");

/** The outbox for access officers and administrators: the list, one mail, its attachments. */
export function registerMailPages(router: Router): void {
  router.page("GET", "/admin/courriels", READ, outboxPage);
  router.page("GET", "/admin/courriels/:id", READ, mailPage);
  router.page("GET", "/admin/courriels/:id/pieces/:position", READ, attachmentDownload);
}

async function outboxPage(c: Context<AppEnv>) {
  const raw = c.req.query("page") ?? "1";
  if (!/^[1-9][0-9]{0,5}$/.test(raw))
    throw fail("validation_failed", {}, { page: MAIL_TEXTS.badPage });
  const page = Number(raw);
  const { items, total } = await listMails(c.var.deps.db, page);
  const result = { items: items.map(presentMail), total };
  c.header("Cache-Control", "no-store");
  return renderPage(
    c,
    mailText(c.var.lang, "title"),
    <OutboxPage
      lang={c.var.lang}
      page={page}
      sending={Boolean(c.var.deps.config.smtpUrl)}
      result={result}
    />,
  );
}

async function mailPage(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const mail = isUuid(id) ? await findMail(c.var.deps.db, id) : undefined;
  if (!mail) throw fail("not_found");
  c.header("Cache-Control", "no-store");
  return renderPage(c, mail.subject, <MailPage lang={c.var.lang} mail={presentMailDetail(mail)} />);
}

async function attachmentDownload(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const position = c.req.param("position") ?? "";
  const file =
    isUuid(id) && /^[1-9][0-9]{0,3}$/.test(position)
      ? await findAttachment(c.var.deps.db, id, Number(position))
      : undefined;
  if (!file) throw fail("not_found");
  c.header("Content-Type", file.content_type);
  // Always a download, never shown inline: the content type was chosen by whoever sent it.
  c.header("Content-Disposition", attachmentDisposition(file.filename));
  c.header("Cache-Control", "no-store");
  return c.body(file.content as Uint8Array<ArrayBuffer>);
}
