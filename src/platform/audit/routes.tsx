import type { Context } from "hono";
import { fail } from "../errors/app-error.ts";
import { access } from "../http/access.ts";
import type { Router } from "../http/router.ts";
import type { AppEnv } from "../http/types.ts";
import type { Lang, Texts } from "../i18n/i18n.ts";
import { renderPage } from "../web/render.tsx";
import { listAuditRoute } from "./api-schema.ts";
import { parseAuditQuery } from "./audit-filter.ts";
import { JournalPage } from "./audit-page.tsx";
import { csvFileName, journalCsv } from "./journal-csv.ts";
import { auditText } from "./messages.ts";
import { presentAuditEvent } from "./present.ts";
import { auditEventBatches, listAuditEvents, PAGE_SIZE } from "./queries.ts";

const READ = access("read", "AuditLog");

/** The audit log for administrators: a page, its CSV export and the API. */
export function registerAuditPages(router: Router): void {
  router.page("GET", "/admin/journal", READ, journalPage);
  router.page("GET", "/admin/journal.csv", READ, journalExport);
  router.api(listAuditRoute, READ, async (c) => {
    const query = parseAuditQuery(c.req.valid("query"));
    if (!query.ok) throw fail("validation_failed", {}, query.errors);
    const { items, total } = await listAuditEvents(c.var.deps.db, query.filter, query.page);
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        items: items.map((row) => presentAuditEvent(row, c.var.lang)),
        total,
        page: query.page,
        pageSize: PAGE_SIZE,
      },
      200,
    );
  });
}

async function journalPage(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const query = parseAuditQuery(c.req.query());
  const title = auditText(lang, "title");
  c.header("Cache-Control", "no-store");
  if (!query.ok) {
    const errors = inLanguage(query.errors, lang);
    return renderPage(
      c,
      title,
      <JournalPage lang={lang} filter={query.filter} page={query.page} errors={errors} />,
      422,
    );
  }
  const { items, total } = await listAuditEvents(c.var.deps.db, query.filter, query.page);
  const result = { items: items.map((row) => presentAuditEvent(row, lang)), total };
  return renderPage(
    c,
    title,
    <JournalPage lang={lang} filter={query.filter} page={query.page} result={result} />,
  );
}

async function journalExport(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const query = parseAuditQuery(c.req.query());
  if (!query.ok) throw fail("validation_failed", {}, query.errors);
  const batches = auditEventBatches(c.var.deps.db, query.filter);
  const body = await journalCsv(lang, batches, (err) =>
    c.var.log.error({ err }, "audit log export failed"),
  );
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="${csvFileName(lang, c.var.deps.now())}"`);
  c.header("Cache-Control", "no-store");
  return c.body(body);
}

const inLanguage = (errors: Record<string, Texts>, lang: Lang) =>
  Object.fromEntries(Object.entries(errors).map(([key, texts]) => [key, texts[lang]]));
