import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { revertLetterTemplate, saveLetterTemplate } from "./commands.ts";
import { renderLetterDocx } from "./docx.ts";
import { letterText } from "./messages.ts";
import {
  keyTitle,
  RevertConfirmPage,
  TemplateEditorPage,
  TemplateListPage,
  templatePath,
} from "./pages.tsx";
import { renderLetterPdf } from "./pdf.ts";
import { changedTemplates, letterTemplate } from "./queries.ts";
import { sampleLetter } from "./sample.ts";
import { templateForm } from "./schema.ts";
import type { TemplateIssue } from "./template.ts";
import { isTemplateKey, type TemplateKey } from "./types.ts";

const READ = access("read", "LetterTemplate");
const UPDATE = access("update", "LetterTemplate");
const KEY = "/admin/modeles/:kind/:jurisdiction/:lang";

/** The administrators' editor of letter templates: list, edit, preview, revert. */
export function registerLetterTemplates(router: Router): void {
  router.page("GET", "/admin/modeles", READ, async (c) => {
    const changed = await changedTemplates(c.var.deps.db);
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      letterText(c.var.lang, "listTitle"),
      <TemplateListPage lang={c.var.lang} changed={changed} />,
    );
  });
  router.page("GET", KEY, READ, async (c) => {
    const key = keyOf(c);
    const notice = c.req.query("fait");
    return editor(c, key, {
      notice:
        notice === "enregistre"
          ? letterText(c.var.lang, "saved")
          : notice === "retabli"
            ? letterText(c.var.lang, "reverted")
            : undefined,
    });
  });
  router.page("POST", KEY, UPDATE, async (c) => {
    const key = keyOf(c);
    const { body } = await parseForm(c, templateForm);
    const result = await saveLetterTemplate(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      key,
      body,
    );
    if (!result.ok) return editor(c, key, { body, issues: result.issues }, 422);
    return c.redirect(`${templatePath(c.var.lang, key)}?fait=enregistre`, 303);
  });
  router.page("GET", `${KEY}/apercu.pdf`, READ, async (c) => {
    const key = keyOf(c);
    const { body } = await letterTemplate(c.var.deps.db, key);
    return download(c, key, await renderLetterPdf(sampleLetter(key), body), "pdf");
  });
  router.page("GET", `${KEY}/apercu.docx`, READ, async (c) => {
    const key = keyOf(c);
    const { body } = await letterTemplate(c.var.deps.db, key);
    return download(c, key, await renderLetterDocx(sampleLetter(key), body), "docx");
  });
  router.page("GET", `${KEY}/retablir`, UPDATE, (c) => {
    const key = keyOf(c);
    return renderPage(
      c,
      letterText(c.var.lang, "revert"),
      <RevertConfirmPage lang={c.var.lang} csrf={c.var.csrfToken} templateKey={key} />,
    );
  });
  router.page("POST", `${KEY}/retablir`, UPDATE, async (c) => {
    const key = keyOf(c);
    await revertLetterTemplate(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), key);
    return c.redirect(`${templatePath(c.var.lang, key)}?fait=retabli`, 303);
  });
}

function keyOf(c: Context<AppEnv>): TemplateKey {
  const { kind = "", jurisdiction = "", lang = "" } = c.req.param() as Record<string, string>;
  const key = { kind, jurisdiction, lang };
  if (!isTemplateKey(key)) throw fail("not_found");
  return key as TemplateKey;
}

async function editor(
  c: Context<AppEnv>,
  key: TemplateKey,
  view: {
    body?: string;
    issues?: TemplateIssue[];
    notice?: string | undefined;
  },
  status: 200 | 422 = 200,
) {
  const stored = await letterTemplate(c.var.deps.db, key);
  c.header("Cache-Control", "no-store");
  return renderPage(
    c,
    keyTitle(c.var.lang, key),
    <TemplateEditorPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      templateKey={key}
      body={view.body ?? stored.body}
      stored={stored}
      issues={view.issues}
      notice={view.notice}
    />,
    status,
  );
}

const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

function download(
  c: Context<AppEnv>,
  key: TemplateKey,
  bytes: Uint8Array,
  ext: keyof typeof TYPES,
) {
  c.header("Content-Type", TYPES[ext]);
  c.header(
    "Content-Disposition",
    `inline; filename="modele-${key.kind}-${key.jurisdiction}-${key.lang}.${ext}"`,
  );
  c.header("Cache-Control", "no-store");
  return c.body(bytes as Uint8Array<ArrayBuffer>);
}
