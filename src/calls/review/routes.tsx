import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { siteUrl } from "../../platform/auth/oidc/site-url.ts";
import { type AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { EMPTY_FORM, type FormState, formValues } from "../../platform/web/fields.tsx";
import { checkForm, isRefusal, refusalText } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import type { Snapshot } from "../applications/snapshot.ts";
import { type CallRow, callDetails, findCallByCode } from "../calls/queries.ts";
import { localToInstant } from "../shared/time-zones.ts";
import { registerReviewApi } from "./api-routes.ts";
import {
  assignReviewers,
  declareNoConflict,
  eligibleForBoth,
  recuse,
  requestCorrection,
  saveScores,
  screenApplication,
  setReviewerProfile,
} from "./commands.ts";
import { reviewText as t } from "./messages.ts";
import {
  AssignmentPage,
  assignmentPath,
  DashboardPage,
  MyReviewsPage,
  REVIEWERS_PATH,
  REVIEWS_PATH,
  ReviewApplicationPage,
  ReviewerProfilesPage,
  reviewApplicationPath,
} from "./pages.tsx";
import {
  partyLabel,
  presentAssignment,
  presentAssignmentLine,
  presentCorrection,
  presentCriteria,
  presentDashboardLine,
  presentMyReview,
  presentRankingLine,
  presentReviewer,
  presentScreening,
  presentSubmittedScores,
  presentVersionHeader,
} from "./present.ts";
import {
  assignmentsOf,
  assignmentsOfReviewer,
  correctionsOf,
  dashboardRows,
  listReviewers,
  loadAssignment,
  loadReviewApplication,
  loadVersionFile,
  type ReviewerAssignmentRow,
  scoresOf,
  screeningsOf,
  submittedScoresOf,
} from "./queries.ts";
import { rankingOf } from "./ranking.ts";
import {
  assignmentForm,
  correctionForm,
  parseScoresForm,
  parseScreeningForm,
  partyOfOfficial,
  recusalForm,
  reviewerProfileForm,
} from "./schema.ts";

const READ = access("read", "CallReview");
const SCREEN = access("screen", "CallReview");
const ASSIGN = access("assign", "CallReview");
const PROFILES = access("update", "ReviewerProfile");
const REVIEW_READ = access("read", "Review");
const REVIEW_UPDATE = access("update", "Review");

/** Screening, reviewers, conflict of interest, scores and ranking of a call's applications. */
export function registerReview(router: Router): void {
  router.page("GET", "/appels/:call/evaluation", READ, dashboard);
  router.page("GET", "/appels/:call/evaluation/:id", READ, (c) => applicationPage(c));
  router.page("POST", "/appels/:call/evaluation/:id/examen", SCREEN, screen);
  router.page("POST", "/appels/:call/evaluation/:id/correction", SCREEN, correction);
  router.page("POST", "/appels/:call/evaluation/:id/evaluateurs", ASSIGN, assign);
  router.page("GET", REVIEWERS_PATH, PROFILES, (c) => profiles(c));
  router.page("POST", `${REVIEWERS_PATH}/:id`, PROFILES, saveProfile);
  router.page("GET", REVIEWS_PATH, REVIEW_READ, myReviews);
  router.page("GET", `${REVIEWS_PATH}/:id`, REVIEW_READ, (c) => assignmentPage(c));
  router.page("GET", `${REVIEWS_PATH}/:id/pieces/:document`, REVIEW_READ, attachment);
  router.page("POST", `${REVIEWS_PATH}/:id/conflit`, REVIEW_UPDATE, noConflict);
  router.page("POST", `${REVIEWS_PATH}/:id/recusation`, REVIEW_UPDATE, recusal);
  router.page("POST", `${REVIEWS_PATH}/:id/notes`, REVIEW_UPDATE, scores);
  registerReviewApi(router);
}

const performer = (c: Context<AppEnv>) => performerOf(c.var.actor, c.var.requestId);
const userOf = (c: Context<AppEnv>) => {
  const actor = c.var.actor;
  if (actor.kind !== "user") throw fail("unauthenticated");
  return actor;
};
const statusOf = (error: AppError) => (error.status === 409 ? 409 : 422);

async function callOf(c: Context<AppEnv>): Promise<CallRow> {
  const call = await findCallByCode(c.var.deps.db, c.req.param("call") ?? "");
  if (call?.status !== "published") throw fail("not_found");
  return call;
}

async function dashboard(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const call = await callOf(c);
  const db = c.var.deps.db;
  const [lines, ranking] = await Promise.all([dashboardRows(db, call.id), rankingOf(db, call.id)]);
  return renderPage(
    c,
    t(lang, "dashboard", { code: call.code }),
    <DashboardPage
      lang={lang}
      code={call.code}
      callTitle={lang === "fr" ? call.title_fr : call.title_en}
      lines={lines.map((l) => presentDashboardLine(l, lang))}
      ranking={ranking.map((r) => presentRankingLine(r, lang))}
    />,
  );
}

async function reviewApplication(c: Context<AppEnv>, call: CallRow) {
  const id = c.req.param("id") ?? "";
  const app = isUuid(id) ? await loadReviewApplication(c.var.deps.db, call.id, id) : undefined;
  if (!app) throw fail("not_found");
  return app;
}

type PageOptions = {
  screeningForm?: FormState;
  assignForm?: FormState;
  error?: string;
  status?: 200 | 409 | 422;
};

async function applicationPage(c: Context<AppEnv>, options: PageOptions = {}) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const call = await callOf(c);
  const app = await reviewApplication(c, call);
  const [details, screenings, corrections, assignments, reviewers, submitted] = await Promise.all([
    callDetails(db, call.id),
    screeningsOf(db, app.id),
    correctionsOf(db, app.id),
    assignmentsOf(db, app.id),
    listReviewers(db),
    submittedScoresOf(db, app.id),
  ]);
  const assigned = new Set(assignments.filter((a) => !a.recused_at).map((a) => a.reviewer_id));
  const user = userOf(c);
  const ownParty = partyOfOfficial(user.role, undefined);
  const own = screenings.find((s) => s.party === ownParty);
  const header = presentVersionHeader(JSON.parse(app.snapshot) as Snapshot, lang);
  return renderPage(
    c,
    t(lang, "applicationHeading", { reference: app.reference }),
    <ReviewApplicationPage
      lang={lang}
      csrf={c.var.csrfToken}
      code={call.code}
      applicationId={app.id}
      header={header}
      sentBack={app.status === "correction_requested"}
      eligible={app.status === "submitted" && eligibleForBoth(screenings, app.version_number)}
      isAdmin={user.role === "admin"}
      ownParty={ownParty && partyLabel(lang, ownParty)}
      screenings={screenings.map((s) => presentScreening(s, lang))}
      eligibilityCriteria={presentCriteria(details.criteria, "eligibility", lang)}
      screeningForm={
        options.screeningForm ??
        (own ? { values: presentScreening(own, lang).values, errors: {} } : EMPTY_FORM)
      }
      corrections={corrections.map((r) => presentCorrection(r, lang))}
      assignments={assignments.map((a) => presentAssignmentLine(a, lang))}
      submitted={presentSubmittedScores(submitted, details.criteria, lang)}
      reviewers={reviewers
        .filter((r) => r.party && !assigned.has(r.id))
        .map((r) => presentReviewer(r, lang))}
      assignForm={options.assignForm ?? EMPTY_FORM}
      error={options.error}
      notice={c.req.query("ok") ? t(lang, "saved") : undefined}
    />,
    options.status ?? 200,
  );
}

const backToApplication = (c: Context<AppEnv>, code: string, id: string) =>
  c.redirect(localisedPath(c.var.lang, `${reviewApplicationPath(code, id)}?ok=1`), 303);

async function screen(c: Context<AppEnv>) {
  const call = await callOf(c);
  const app = await reviewApplication(c, call);
  const body = await c.req.parseBody();
  try {
    const party = partyOfOfficial(userOf(c).role, body.party);
    if (!party) throw fail("review_party_required");
    const details = await callDetails(c.var.deps.db, call.id);
    const ids = details.criteria.filter((k) => k.kind === "eligibility").map((k) => k.id);
    await screenApplication(c.var.deps.db, performer(c), {
      callId: call.id,
      applicationId: app.id,
      party,
      screening: parseScreeningForm(body, ids),
      now: c.var.deps.now(),
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return applicationPage(c, {
      screeningForm: { values: formValues(body), errors: error.fields },
      error: refusalText(error, c.var.lang),
      status: statusOf(error),
    });
  }
  return backToApplication(c, call.code, app.id);
}

async function correction(c: Context<AppEnv>) {
  const call = await callOf(c);
  const app = await reviewApplication(c, call);
  const body = await c.req.parseBody();
  try {
    const input = checkForm(correctionForm, body);
    await requestCorrection(c.var.deps.db, performer(c), {
      callId: call.id,
      applicationId: app.id,
      party: partyOfOfficial(userOf(c).role, input.party),
      message: input.message,
      now: c.var.deps.now(),
      siteUrl: siteUrl(c),
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return applicationPage(c, { error: refusalText(error, c.var.lang), status: statusOf(error) });
  }
  return backToApplication(c, call.code, app.id);
}

async function assign(c: Context<AppEnv>) {
  const call = await callOf(c);
  const app = await reviewApplication(c, call);
  const body = await c.req.parseBody({ all: true });
  try {
    const input = checkForm(assignmentForm, body);
    const dueAt = localToInstant(`${input.due}T23:59`, call.time_zone);
    if (!dueAt || dueAt <= c.var.deps.now()) {
      throw fail(
        "validation_failed",
        {},
        { due: { fr: "Une date à venir.", en: "A date in the future." } },
      );
    }
    await assignReviewers(c.var.deps.db, performer(c), {
      callId: call.id,
      applicationId: app.id,
      reviewerIds: input.reviewers,
      dueAt,
      now: c.var.deps.now(),
      siteUrl: siteUrl(c),
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return applicationPage(c, {
      assignForm: { values: { due: String(body.due ?? "") }, errors: error.fields },
      error: refusalText(error, c.var.lang),
      status: statusOf(error),
    });
  }
  return backToApplication(c, call.code, app.id);
}

async function profiles(c: Context<AppEnv>, error?: AppError) {
  const lang = c.var.lang;
  const reviewers = await listReviewers(c.var.deps.db);
  return renderPage(
    c,
    t(lang, "profilesTitle"),
    <ReviewerProfilesPage
      lang={lang}
      csrf={c.var.csrfToken}
      reviewers={reviewers.map((r) => presentReviewer(r, lang))}
      error={error ? refusalText(error, lang) : undefined}
      notice={c.req.query("ok") ? t(lang, "saved") : undefined}
    />,
    error ? statusOf(error) : 200,
  );
}

async function saveProfile(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  if (!isUuid(id)) throw fail("not_found");
  try {
    const input = checkForm(reviewerProfileForm, await c.req.parseBody());
    await setReviewerProfile(c.var.deps.db, performer(c), {
      userId: id,
      party: input.party,
      organisation: input.organisation,
      now: c.var.deps.now(),
    });
  } catch (error) {
    if (!isRefusal(error) || error.status === 404) throw error;
    return profiles(c, error);
  }
  return c.redirect(localisedPath(c.var.lang, `${REVIEWERS_PATH}?ok=1`), 303);
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
