/**
 * One brief on the site: its page, its versions and their differences, its figures on current
 * data and its PDF; and `act`, a workflow step posted from the page, which redraws it on refusal.
 */
import type { Context } from "hono";
import { type Performer, performerOf } from "../../platform/audit/commands.ts";
import { attachmentDisposition } from "../../platform/http/attachment.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { READ, REVIEW, SUBJECT } from "./access-rules.ts";
import { BriefPage } from "./brief-page.tsx";
import { CurrentDataPage } from "./current-data-page.tsx";
import { compareRows, computeFigure } from "./figures.ts";
import { briefText as t } from "./messages.ts";
import { titleIn } from "./model.ts";
import { type Notice, noticeOf } from "./notices.ts";
import { BRIEFS, briefPath } from "./paths.ts";
import { briefPdf } from "./pdf.ts";
import { presentMaterialLink, presentProjectLink } from "./present.ts";
import { type Brief, listVersions, materialNames, projectTitles } from "./queries.ts";
import { refusal, refusalStatus } from "./refusal.ts";
import { contentDiff, pickVersions } from "./version-diff.ts";
import { VersionsPage } from "./versions-page.tsx";
import { visible } from "./visible.ts";

/** After the fixed paths (/flux.atom, /travail, /nouvelle), which `/:id` would take. */
export function registerBriefRoutes(router: Router): void {
  router.page("GET", `${BRIEFS}/:id`, READ, (c) => showBrief(c));
  router.page("GET", `${BRIEFS}/:id/versions`, REVIEW, showVersions);
  router.page("GET", `${BRIEFS}/:id/actuel`, READ, showCurrent);
  router.page("GET", `${BRIEFS}/:id/pdf`, READ, async (c) => {
    const b = await visible(c);
    const bytes = await briefPdf(
      c.var.lang,
      b,
      await materialNames(c.var.deps.db, b.content.materials),
    );
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": attachmentDisposition(`note-${b.id.slice(0, 8)}-${c.var.lang}.pdf`),
      },
    });
  });
}

export async function showBrief(c: Context<AppEnv>, error?: { text: string; status: 409 | 422 }) {
  const b = await visible(c);
  const { db, policy } = c.var.deps;
  const lang = c.var.lang;
  const can = (action: string) => policy.can(c.var.actor, action, SUBJECT);
  const notice = noticeOf(c.req.query("fait"));
  const [materials, projects] = await Promise.all([
    materialNames(db, b.content.materials).then((rows) => rows.map(presentMaterialLink)),
    projectTitles(db, b.content.projects, !can("review")).then((rows) =>
      rows.map(presentProjectLink),
    ),
  ]);
  return renderPage(
    c,
    titleIn(b.content, lang),
    <BriefPage
      lang={lang}
      csrf={c.var.csrfToken}
      brief={b}
      materials={materials}
      projects={projects}
      actions={{
        edit: can("update"),
        submit: can("update"),
        review: can("approve"),
        publish: can("publish"),
        versions: can("review"),
      }}
      notice={notice && t(lang, notice)}
      error={error?.text}
    />,
    error?.status ?? 200,
  );
}

export type Step = (b: Brief, performer: Performer) => Promise<unknown>;

/** A workflow step from the brief page; a refusal redraws the page with its reason. */
export async function act(c: Context<AppEnv>, done: Notice, step: Step) {
  const b = await visible(c);
  try {
    await step(b, performerOf(c.var.actor, c.var.requestId));
  } catch (e) {
    const texts = refusal(e);
    return showBrief(c, { text: texts[c.var.lang], status: refusalStatus(e) });
  }
  return c.redirect(`${briefPath(c.var.lang, b.id)}?fait=${done}`, 303);
}

async function showVersions(c: Context<AppEnv>) {
  const b = await visible(c);
  const versions = await listVersions(c.var.deps.db, b.id);
  const lang = c.var.lang;
  let picked: { from: number; to: number };
  try {
    picked = pickVersions({ from: c.req.query("de"), to: c.req.query("a") }, versions.length);
  } catch (e) {
    const texts = refusal(e);
    return renderPage(
      c,
      t(lang, "versions"),
      <Alert kind="error" as="p">
        {texts[lang]}
      </Alert>,
      422,
    );
  }
  const { from, to } = picked;
  const content = (n: number) => versions[n - 1]?.content;
  const a = content(from);
  const z = content(to);
  return renderPage(
    c,
    t(lang, "versionsTitle", { title: titleIn(b.content, lang) }),
    <VersionsPage
      lang={lang}
      brief={b}
      versions={versions}
      from={from}
      to={to}
      diffs={a && z ? contentDiff(a, z, lang) : []}
    />,
  );
}

async function showCurrent(c: Context<AppEnv>) {
  const b = await visible(c);
  const lang = c.var.lang;
  const figures = [];
  for (const f of b.content.figures) {
    try {
      const now = await computeFigure(c.var.deps.db, lang, f.spec);
      figures.push({
        title: f.title[lang],
        rows: compareRows(f.rows, now.rows),
        sources: { frozen: f.sources, current: now.sources },
      });
    } catch (e) {
      // The data a figure needs may be gone from the current vintages: say so, keep the rest.
      figures.push({
        title: f.title[lang],
        rows: null,
        error: refusal(e)[lang],
        sources: { frozen: f.sources, current: [] },
      });
    }
  }
  return renderPage(
    c,
    t(lang, "currentTitle", { title: titleIn(b.content, lang) }),
    <CurrentDataPage lang={lang} brief={b} figures={figures} />,
  );
}
