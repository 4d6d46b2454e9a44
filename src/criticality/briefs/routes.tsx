/**
 * Briefs on the site: public list and page, the members' workspace, the draft form, figures,
 * review (approve or send back), publication, versions, current data, PDF and Atom feed. Who
 * may do what: briefs/policy.ts; the workflow's own rules: commands.ts.
 */
import type { Context } from "hono";
import { EMPTY_FORM, type FormState, formValues } from "../../access/web/fields.tsx";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { attachmentDisposition } from "../../platform/http/attachment.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Texts } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { PARTIES, type PartyId } from "../engine/index.ts";
import { registerBriefApi } from "./api.ts";
import { briefAtom } from "./atom.ts";
import {
  addFigure,
  approveBrief,
  createBrief,
  publishBrief,
  rejectBrief,
  removeFigure,
  submitBrief,
  updateBrief,
} from "./commands.ts";
import { FIGURE_KINDS, type FigureKind, type FigureSpec } from "./figure-types.ts";
import { compareRows, computeFigure } from "./figures.ts";
import { BriefForm, FigureEditor } from "./form.tsx";
import { briefText as t } from "./messages.ts";
import { STATUS_LABELS, TEXT_FIELDS, titleIn } from "./model.ts";
import {
  BriefPage,
  CurrentDataPage,
  PublicListPage,
  ReviewPage,
  VersionsPage,
  WorkspacePage,
} from "./pages.tsx";
import { BRIEFS, briefPath, briefsPath } from "./paths.ts";
import { briefPdf } from "./pdf.ts";
import {
  type Brief,
  findBrief,
  listBriefs,
  listVersions,
  materialNames,
  projectTitles,
} from "./repository.ts";
import { contentDiff } from "./version-diff.ts";

const S = "AnalysisBrief";
const READ = access("read", S);
const REVIEW = access("review", S);
const CREATE = access("create", S);
const UPDATE = access("update", S);
const APPROVE = access("approve", S);
const PUBLISH = access("publish", S);

/** Notices a redirect may ask for: only these keys are shown, never text from the URL. */
const NOTICES = [
  "saved",
  "submitted",
  "approved",
  "rejected",
  "published",
  "figureAdded",
  "figureRemoved",
] as const;

export function registerBriefs(router: Router): void {
  // Fixed paths before /:id, which would take them.
  router.page("GET", BRIEFS, READ, showPublicList);
  router.page("GET", `${BRIEFS}/flux.atom`, READ, async (c) =>
    c.body(
      briefAtom(c.var.lang, await listBriefs(c.var.deps.db, ["published"]), originOf(c)),
      200,
      {
        "content-type": "application/atom+xml; charset=utf-8",
      },
    ),
  );
  router.page("GET", `${BRIEFS}/travail`, REVIEW, async (c) => {
    const briefs = await listBriefs(c.var.deps.db, ["draft", "in_review", "approved"]);
    const canCreate = c.var.deps.policy.can(c.var.actor, "create", S);
    return renderPage(
      c,
      t(c.var.lang, "workspace"),
      <WorkspacePage lang={c.var.lang} briefs={briefs} canCreate={canCreate} />,
    );
  });
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
  router.page("GET", `${BRIEFS}/:id`, READ, (c) => showBrief(c));
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
  router.page("POST", `${BRIEFS}/:id/soumettre`, UPDATE, (c) =>
    act(c, "submitted", (b, p) => submitBrief(c.var.deps.db, p, c.var.actor, b.id)),
  );
  router.page("GET", `${BRIEFS}/:id/revue`, APPROVE, async (c) => {
    const b = await visible(c);
    return renderPage(
      c,
      t(c.var.lang, "reviewTitle", { title: titleIn(b.content, c.var.lang) }),
      <ReviewPage lang={c.var.lang} csrf={c.var.csrfToken} brief={b} />,
    );
  });
  router.page("POST", `${BRIEFS}/:id/approuver`, APPROVE, (c) =>
    review(c, "approved", async (b, p, body) => {
      if (body.confirm !== "oui")
        throw new ReviewRefusal({
          fr: t("fr", "approveUnconfirmed"),
          en: t("en", "approveUnconfirmed"),
        });
      await approveBrief(c.var.deps.db, p, c.var.actor, b.id);
    }),
  );
  router.page("POST", `${BRIEFS}/:id/rejeter`, APPROVE, (c) =>
    review(c, "rejected", (b, p, body) =>
      rejectBrief(c.var.deps.db, p, c.var.actor, b.id, String(body.reason ?? "")),
    ),
  );
  router.page("POST", `${BRIEFS}/:id/publier`, PUBLISH, (c) =>
    act(c, "published", (b, p) => publishBrief(c.var.deps.db, p, c.var.actor, b.id)),
  );
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
  registerBriefApi(router);
}

/** The draft's texts and links as the form shows them. */
const draftValues = (b: Brief): Record<string, string> =>
  Object.fromEntries([
    ...TEXT_FIELDS.map((f) => [f, b.content[f]]),
    ["materials", b.content.materials.join(", ")],
    ["projects", b.content.projects.join(", ")],
  ]);

/** The site's own address, for the absolute links an Atom feed needs. */
const originOf = (c: Context<AppEnv>) => new URL(c.req.url).origin;

/** A brief this actor may see: published ones for anyone, the others for reviewers. */
export async function visible(c: Context<AppEnv>): Promise<Brief> {
  const b = await findBrief(c.var.deps.db, c.req.param("id") ?? "");
  if (!b) throw fail("not_found");
  if (b.status !== "published") c.var.deps.policy.authorize(c.var.actor, "review", S);
  return b;
}

/** A refusal the user can act on, in both languages; anything else goes to the error page. */
function refusal(e: unknown): Texts {
  if (e instanceof ReviewRefusal) return e.texts;
  if (e instanceof AppError && e.status < 500 && ![401, 403, 404].includes(e.status))
    return { fr: e.messageIn("fr"), en: e.messageIn("en") };
  throw e;
}

class ReviewRefusal extends Error {
  constructor(readonly texts: Texts) {
    super(texts.en);
  }
}

function figureSpec(v: Record<string, string>): FigureSpec {
  const kind = (v.kind ?? "") as FigureKind;
  if (!FIGURE_KINDS.includes(kind))
    throw fail("brief_unknown_figure_kind", {
      value: (v.kind ?? "").slice(0, 100),
      values: FIGURE_KINDS.join(", "),
    });
  const material = (v.material ?? "").trim().slice(0, 200);
  if (kind === "comparison") return { kind, material };
  if (kind === "assessment") {
    const view = (v.view ?? "") as PartyId;
    if (!PARTIES.includes(view))
      throw fail("brief_unknown_view", {
        value: (v.view ?? "").slice(0, 100),
        values: PARTIES.join(", "),
      });
    return { kind, material, view };
  }
  const percent = Number((v.percent ?? "").replace(",", "."));
  if ((v.percent ?? "").trim() === "" || !Number.isFinite(percent) || percent < 0 || percent > 100)
    throw fail("brief_percent_invalid", { value: (v.percent ?? "").slice(0, 100) });
  const stage = v.stage === "refinery" ? "refinery" : "mine";
  return {
    kind,
    material,
    changes: [
      {
        kind: "supply_cut",
        country: (v.country ?? "").trim().slice(0, 3).toUpperCase(),
        stage,
        value: percent,
      },
    ],
  };
}

async function showPublicList(c: Context<AppEnv>) {
  const briefs = await listBriefs(c.var.deps.db, ["published"]);
  const canReview = c.var.deps.policy.can(c.var.actor, "review", S);
  return renderPage(
    c,
    t(c.var.lang, "listTitle"),
    <PublicListPage lang={c.var.lang} briefs={briefs} canReview={canReview} />,
  );
}

async function showBrief(c: Context<AppEnv>, error?: { text: string; status: 409 | 422 }) {
  const b = await visible(c);
  const { db, policy } = c.var.deps;
  const lang = c.var.lang;
  const can = (action: string) => policy.can(c.var.actor, action, S);
  const notice = NOTICES.find((n) => n === c.req.query("fait"));
  const [materials, projects] = await Promise.all([
    materialNames(db, b.content.materials),
    projectTitles(db, b.content.projects, !can("review")),
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

async function showForm(
  c: Context<AppEnv>,
  form: FormState,
  brief?: Brief,
  status: 200 | 422 = 200,
  figureForm: FormState = EMPTY_FORM,
) {
  const lang = c.var.lang;
  const title = brief ? t(lang, "editBrief") : t(lang, "newBrief");
  const notice = NOTICES.find((n) => n === c.req.query("fait"));
  return renderPage(
    c,
    title,
    <>
      <h1>{brief ? t(lang, "editTitle", { title: titleIn(brief.content, lang) }) : title}</h1>
      {notice && (
        <p class="alert success" role="status">
          {t(lang, notice)}
        </p>
      )}
      {brief && brief.status !== "draft" ? (
        <p class="alert">
          {fail("brief_not_draft", { status: STATUS_LABELS[brief.status] }).messageIn(lang)}
        </p>
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

type Step = (b: Brief, performer: ReturnType<typeof performerOf>) => Promise<unknown>;

/** A workflow step from the brief page; a refusal redraws the page with its reason. */
async function act(c: Context<AppEnv>, done: (typeof NOTICES)[number], step: Step) {
  const b = await visible(c);
  try {
    await step(b, performerOf(c.var.actor, c.var.requestId));
  } catch (e) {
    const texts = refusal(e);
    return showBrief(c, {
      text: texts[c.var.lang],
      status: e instanceof AppError && e.status === 409 ? 409 : 422,
    });
  }
  return c.redirect(`${briefPath(c.var.lang, b.id)}?fait=${done}`, 303);
}

/** Approve or send back, from the review page; a refusal redraws it with its reason. */
async function review(
  c: Context<AppEnv>,
  done: (typeof NOTICES)[number],
  step: (
    b: Brief,
    performer: ReturnType<typeof performerOf>,
    body: Record<string, unknown>,
  ) => Promise<unknown>,
) {
  const b = await visible(c);
  const body = await c.req.parseBody();
  try {
    await step(b, performerOf(c.var.actor, c.var.requestId), body);
  } catch (e) {
    const texts = refusal(e);
    const lang = c.var.lang;
    return renderPage(
      c,
      t(lang, "reviewTitle", { title: titleIn(b.content, lang) }),
      <ReviewPage
        lang={lang}
        csrf={c.var.csrfToken}
        brief={b}
        error={texts[lang]}
        reason={typeof body.reason === "string" ? body.reason : ""}
      />,
      e instanceof AppError && e.status === 409 ? 409 : 422,
    );
  }
  return c.redirect(`${briefPath(c.var.lang, b.id)}?fait=${done}`, 303);
}

async function showVersions(c: Context<AppEnv>) {
  const b = await visible(c);
  const versions = await listVersions(c.var.deps.db, b.id);
  const last = versions.length;
  const pickVersion = (name: string, fallback: number) => {
    const raw = c.req.query(name);
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > last)
      throw fail("brief_version_unknown", { value: raw.slice(0, 50), last });
    return n;
  };
  const lang = c.var.lang;
  let from: number;
  let to: number;
  try {
    from = pickVersion("de", Math.max(1, last - 1));
    to = pickVersion("a", last);
  } catch (e) {
    const texts = refusal(e);
    return renderPage(
      c,
      t(lang, "versions"),
      <p class="alert error" role="alert">
        {texts[lang]}
      </p>,
      422,
    );
  }
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
