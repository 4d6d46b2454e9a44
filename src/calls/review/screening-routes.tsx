import type { Context } from "hono";
import { siteUrl } from "../../platform/auth/oidc/site-url.ts";
import { fail } from "../../platform/errors/app-error.ts";
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
import { assignReviewers } from "./assignment-commands.ts";
import { DashboardPage } from "./dashboard-page.tsx";
import { reviewText as t } from "./messages.ts";
import { reviewApplicationPath } from "./paths.ts";
import {
  partyLabel,
  presentAssignmentLine,
  presentCorrection,
  presentCriteria,
  presentDashboardLine,
  presentRankingLine,
  presentReviewer,
  presentScreening,
  presentSubmittedScores,
  presentVersionHeader,
} from "./present.ts";
import {
  assignmentsOf,
  correctionsOf,
  dashboardRows,
  listReviewers,
  loadReviewApplication,
  screeningsOf,
  submittedScoresOf,
} from "./queries.ts";
import { rankingOf } from "./ranking.ts";
import { performer, statusOf, userOf } from "./route-kit.ts";
import { assignmentForm, correctionForm, parseScreeningForm, partyOfOfficial } from "./schema.ts";
import { eligibleForBoth, requestCorrection, screenApplication } from "./screening-commands.ts";
import { ReviewApplicationPage } from "./screening-page.tsx";

const READ = access("read", "CallReview");
const SCREEN = access("screen", "CallReview");
const ASSIGN = access("assign", "CallReview");

/** The officials' side: a call's dashboard, then each application's screening and reviewers. */
export function registerScreeningRoutes(router: Router): void {
  router.page("GET", "/appels/:call/evaluation", READ, dashboard);
  router.page("GET", "/appels/:call/evaluation/:id", READ, (c) => applicationPage(c));
  router.page("POST", "/appels/:call/evaluation/:id/examen", SCREEN, screen);
  router.page("POST", "/appels/:call/evaluation/:id/correction", SCREEN, correction);
  router.page("POST", "/appels/:call/evaluation/:id/evaluateurs", ASSIGN, assign);
}

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
