import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { releasedContent } from "../documents/queries.ts";
import { pdfResponse } from "../requests/load.ts";
import { accessText as t } from "../requests/messages.ts";
import { REFERENCE_PATTERN } from "../requests/schema.ts";
import { LogPage, PublishedPage } from "./pages.tsx";
import { presentPublished, presentPublishedDecision } from "./present.ts";
import { findPublished, listPublished } from "./queries.ts";
import { logQuery } from "./schema.ts";

const READ = access("read", "DisclosureLog");
const PER_PAGE = 20;

export function registerDisclosureLog(router: Router): void {
  router.page("GET", "/acces/diffusion", READ, showLog);
  router.page("GET", "/acces/diffusion/:reference", READ, showDecision);
  router.page("GET", "/acces/diffusion/:reference/documents/:id", READ, async (c) => {
    const published = await publishedOr404(c);
    const doc = published.documents.find((d) => d.id === c.req.param("id"));
    if (!doc || doc.decision === "refused") throw fail("not_found");
    const content = await releasedContent(c.var.deps.db, published.id, doc.id);
    if (!content) throw fail("not_found");
    return pdfResponse(
      content.content,
      `${published.reference}-${doc.id.slice(0, 8)}.pdf`,
      "inline",
    );
  });
}

async function publishedOr404(c: Context<AppEnv>) {
  const reference = c.req.param("reference") ?? "";
  const published = REFERENCE_PATTERN.test(reference)
    ? await findPublished(c.var.deps.db, reference)
    : null;
  if (!published) throw fail("access_request_unknown", { reference });
  return published;
}

async function showLog(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const { q, page } = logQuery.parse(c.req.query());
  const result = await listPublished(c.var.deps.db, { q, page, perPage: PER_PAGE });
  const pages = Math.max(1, Math.ceil(result.total / PER_PAGE));
  return renderPage(
    c,
    t(lang, "disclosureLog"),
    <LogPage
      lang={lang}
      q={q}
      page={page}
      pages={pages}
      result={{
        total: result.total,
        decisions: result.rows.map((r) => presentPublished(r, lang)),
      }}
    />,
  );
}

async function showDecision(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const p = await publishedOr404(c);
  return renderPage(
    c,
    `${t(lang, "reference")} ${p.reference}`,
    <PublishedPage lang={lang} published={presentPublishedDecision(p, lang)} />,
  );
}
