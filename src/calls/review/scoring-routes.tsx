import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { type FormState, formValues } from "../../platform/web/fields.tsx";
import { checkForm, isRefusal, refusalText } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { callDetails } from "../calls/queries.ts";
import { AssignmentPage, MyReviewsPage } from "./assignment-page.tsx";
import { reviewText as t } from "./messages.ts";
import { assignmentPath, REVIEWS_PATH } from "./paths.ts";
import { presentAssignment, presentMyReview } from "./present.ts";
import {
  assignmentsOfReviewer,
  loadAssignment,
  loadVersionFile,
  type ReviewerAssignmentRow,
  scoresOf,
  submittedScoresOf,
} from "./queries.ts";
import { performer, statusOf, userOf } from "./route-kit.ts";
import { parseScoresForm, recusalForm } from "./schema.ts";
import { declareNoConflict, recuse, saveScores } from "./scoring-commands.ts";

const REVIEW_READ = access("read", "Review");
const REVIEW_UPDATE = access("update", "Review");

/** The reviewer's side: their assignments, conflict of interest, the file and their scores. */
export function registerScoringRoutes(router: Router): void {
  router.page("GET", REVIEWS_PATH, REVIEW_READ, myReviews);
  router.page("GET", `${REVIEWS_PATH}/:id`, REVIEW_READ, (c) => assignmentPage(c));
  router.page("GET", `${REVIEWS_PATH}/:id/pieces/:document`, REVIEW_READ, attachment);
  router.page("POST", `${REVIEWS_PATH}/:id/conflit`, REVIEW_UPDATE, noConflict);
  router.page("POST", `${REVIEWS_PATH}/:id/recusation`, REVIEW_UPDATE, recusal);
  router.page("POST", `${REVIEWS_PATH}/:id/notes`, REVIEW_UPDATE, scores);
}

async function myReviews(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const rows = await assignmentsOfReviewer(c.var.deps.db, userOf(c).id);
  return renderPage(
    c,
    t(lang, "myReviews"),
    <MyReviewsPage lang={lang} items={rows.map((r) => presentMyReview(r, lang))} />,
  );
}

/** The reader's own assignment; any other id is a 404, so nothing tells that it exists. */
async function ownAssignment(
  c: Context<AppEnv>,
  action: "read" | "update",
): Promise<ReviewerAssignmentRow> {
  const id = c.req.param("id") ?? "";
  const row = isUuid(id) ? await loadAssignment(c.var.deps.db, id) : undefined;
  if (!row || !c.var.deps.policy.can(c.var.actor, action, "Review", row)) throw fail("not_found");
  return row;
}

async function assignmentPage(
  c: Context<AppEnv>,
  options: { form?: FormState; error?: string; status?: 200 | 409 | 422 } = {},
) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const a = await ownAssignment(c, "read");
  const open = a.no_conflict_at !== null && a.recused_at === null;
  const [details, own, others] = await Promise.all([
    callDetails(db, a.call_id),
    open ? scoresOf(db, a.id) : Promise.resolve([]),
    // Other reviewers' scores are read only once this reviewer submitted their own.
    a.submitted_at ? submittedScoresOf(db, a.application_id) : Promise.resolve(null),
  ]);
  const view = presentAssignment(a, details.criteria, own, others, lang);
  return renderPage(
    c,
    `${view.header.reference} — ${view.header.title}`,
    <AssignmentPage
      lang={lang}
      csrf={c.var.csrfToken}
      view={view}
      form={options.form ?? { values: view.values, errors: {} }}
      error={options.error}
      notice={c.req.query("ok") ? t(lang, "saved") : undefined}
    />,
    options.status ?? 200,
  );
}

/** An attached PDF of the version assigned, once no conflict of interest was declared. */
async function attachment(c: Context<AppEnv>) {
  const a = await ownAssignment(c, "read");
  if (a.recused_at) throw fail("review_locked");
  if (!a.no_conflict_at) throw fail("review_conflict_not_declared");
  const documentId = c.req.param("document") ?? "";
  const file = isUuid(documentId) ? await loadVersionFile(c.var.deps.db, a, documentId) : undefined;
  if (!file) throw fail("not_found");
  return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
    "x-content-type-options": "nosniff",
  });
}

const backToAssignment = (c: Context<AppEnv>, id: string) =>
  c.redirect(localisedPath(c.var.lang, `${assignmentPath(id)}?ok=1`), 303);

async function noConflict(c: Context<AppEnv>) {
  const a = await ownAssignment(c, "update");
  try {
    await declareNoConflict(c.var.deps.db, performer(c), {
      assignmentId: a.id,
      now: c.var.deps.now(),
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return assignmentPage(c, { error: refusalText(error, c.var.lang), status: statusOf(error) });
  }
  return backToAssignment(c, a.id);
}

async function recusal(c: Context<AppEnv>) {
  const a = await ownAssignment(c, "update");
  const body = await c.req.parseBody();
  try {
    const input = checkForm(recusalForm, body);
    await recuse(c.var.deps.db, performer(c), {
      assignmentId: a.id,
      reason: input.reason,
      now: c.var.deps.now(),
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return assignmentPage(c, {
      form: { values: formValues(body), errors: error.fields },
      error: refusalText(error, c.var.lang),
      status: statusOf(error),
    });
  }
  return backToAssignment(c, a.id);
}

async function scores(c: Context<AppEnv>) {
  const a = await ownAssignment(c, "update");
  const body = await c.req.parseBody();
  try {
    const details = await callDetails(c.var.deps.db, a.call_id);
    const ids = details.criteria.filter((k) => k.kind === "scored").map((k) => k.id);
    await saveScores(c.var.deps.db, performer(c), {
      assignmentId: a.id,
      scores: parseScoresForm(body, ids),
      submit: body.action === "submit",
      now: c.var.deps.now(),
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return assignmentPage(c, {
      form: { values: formValues(body), errors: error.fields },
      error: refusalText(error, c.var.lang),
      status: statusOf(error),
    });
  }
  return backToAssignment(c, a.id);
}
