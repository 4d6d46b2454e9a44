/** Writing a brief on the site: the draft form (new and edit) and the figures frozen into it. */
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { EMPTY_FORM, type FormState, formValues } from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { CREATE, UPDATE } from "./access-rules.ts";
import { act } from "./brief-routes.tsx";
import { addFigure, createBrief, removeFigure, updateBrief } from "./commands.ts";
import { figureSpec } from "./figure-spec.ts";
import { BriefForm, FigureEditor } from "./form.tsx";
import { briefText as t } from "./messages.ts";
import { STATUS_LABELS, TEXT_FIELDS, titleIn } from "./model.ts";
import { noticeOf } from "./notices.ts";
import { BRIEFS, briefPath, briefsPath } from "./paths.ts";
import type { Brief } from "./queries.ts";
import { refusal } from "./refusal.ts";
import { visible } from "./visible.ts";

/** `/nouvelle` is a fixed path: this goes before the brief's own `/:id` page. */
export function registerDraftRoutes(router: Router): void {
  router.page("GET", `${BRIEFS}/nouvelle`, CREATE, (c) => showForm(c, EMPTY_FORM));
  router.page("POST", BRIEFS, CREATE, async (c) => {
    const values = formValues(await c.req.parseBody());
    try {
      const { id } = await createBrief(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.actor,
        values,
      );
      return c.redirect(`${briefPath(c.var.lang, id)}?fait=saved`, 303);
    } catch (e) {
      return showForm(c, { values, errors: { form: refusal(e) } }, undefined, 422);
    }
  });
  router.page("GET", `${BRIEFS}/:id/modifier`, UPDATE, async (c) => {
    const b = await visible(c);
    return showForm(c, { values: draftValues(b), errors: {} }, b);
  });
  router.page("POST", `${BRIEFS}/:id`, UPDATE, async (c) => {
    const b = await visible(c);
    const values = formValues(await c.req.parseBody());
    try {
      await updateBrief(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.actor,
        b.id,
        values,
      );
    } catch (e) {
      return showForm(c, { values, errors: { form: refusal(e) } }, b, 422);
    }
    return c.redirect(`${briefPath(c.var.lang, b.id)}?fait=saved`, 303);
  });
  router.page("POST", `${BRIEFS}/:id/figures`, UPDATE, async (c) => {
    const b = await visible(c);
    const values = formValues(await c.req.parseBody());
    try {
      await addFigure(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.actor,
        c.var.lang,
        b.id,
        figureSpec(values),
        c.var.deps.now(),
      );
    } catch (e) {
      return showForm(c, { values: draftValues(b), errors: {} }, b, 422, {
        values,
        errors: { figure: refusal(e) },
      });
    }
    return c.redirect(`${briefPath(c.var.lang, b.id, "/modifier")}?fait=figureAdded`, 303);
  });
  router.page("POST", `${BRIEFS}/:id/figures/:figure/retirer`, UPDATE, (c) =>
    act(c, "figureRemoved", (b, p) =>
      removeFigure(c.var.deps.db, p, c.var.actor, b.id, c.req.param("figure") ?? ""),
    ),
  );
}

/** The draft's texts and links as the form shows them. */
const draftValues = (b: Brief): Record<string, string> =>
  Object.fromEntries([
    ...TEXT_FIELDS.map((f) => [f, b.content[f]]),
    ["materials", b.content.materials.join(", ")],
    ["projects", b.content.projects.join(", ")],
  ]);

async function showForm(
  c: Context<AppEnv>,
  form: FormState,
  brief?: Brief,
  status: 200 | 422 = 200,
  figureForm: FormState = EMPTY_FORM,
) {
  const lang = c.var.lang;
  const title = brief ? t(lang, "editBrief") : t(lang, "newBrief");
  const notice = noticeOf(c.req.query("fait"));
  return renderPage(
    c,
    title,
    <>
      <h1>{brief ? t(lang, "editTitle", { title: titleIn(brief.content, lang) }) : title}</h1>
      {notice && (
        <Alert kind="success" as="p">
          {t(lang, notice)}
        </Alert>
      )}
      {brief && brief.status !== "draft" ? (
        <Alert kind="error" as="p">
          {fail("brief_not_draft", { status: STATUS_LABELS[brief.status] }).messageIn(lang)}
        </Alert>
      ) : (
        <BriefForm
          lang={lang}
          csrf={c.var.csrfToken}
          form={form}
          action={brief ? briefPath(lang, brief.id) : briefsPath(lang)}
          cancel={brief ? briefPath(lang, brief.id) : briefsPath(lang, "/travail")}
        />
      )}
      {brief && (
        <FigureEditor
          lang={lang}
          csrf={c.var.csrfToken}
          briefId={brief.id}
          figures={brief.content.figures}
          form={figureForm}
        />
      )}
    </>,
    status,
  );
}
