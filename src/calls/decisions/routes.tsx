import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { todayOf } from "../../cooperation/projects/today.ts";
import { performerOf } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { type FormState, formValues } from "../../platform/web/fields.tsx";
import { checkForm, formAction, refusalText } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { codeParam, TAGS } from "../calls/api-schema.ts";
import { visibleCall } from "../calls/call-access.ts";
import { callPath } from "../calls/paths.ts";
import type { CallRow } from "../calls/queries.ts";
import { rankingOf } from "../review/ranking.ts";
import { resultsSchema } from "./api-schema.ts";
import { approveDecisions, setCochairs } from "./committee-commands.ts";
import { saveDecision } from "./decision-commands.ts";
import { composeDecisionLetter } from "./letter.ts";
import { renderDecisionDocx } from "./letter-docx.ts";
import { renderDecisionPdf } from "./letter-pdf.ts";
import { decisionText as t } from "./messages.ts";
import {
  ApprovePage,
  CommitteePage,
  committeePath,
  DecisionPage,
  FundedProjects,
} from "./pages.tsx";
import { type FundedProjectView, presentCommittee, presentFunded, resultsApi } from "./present.ts";
import {
  committedTotals,
  committeeOf,
  decisionBoard,
  fundedOf,
  letterRows,
  officials,
} from "./queries.ts";
import { cochairsForm, decisionForm } from "./schema.ts";

const DECIDE = access("decide", "CallDecision");
const APPROVE = access("approve", "CallDecision");
const RESULTS = access("read", "CallResults");

const COMMITTEE = "/appels/:call/comite";
// Path parameters named `reference` are the access requests' (ids.ts): an application's
// receipt number goes as `application`.

/** A refusal redrawn on its page, at its status. */
type Refusal = { message: string; status: Parameters<typeof renderPage>[3] };
const refused = (message: string, status: number): Refusal => ({
  message,
  status: status as Refusal["status"],
});

/** The joint committee: decisions within the envelopes, co-chairs' approval, letters, results. */
export function registerDecisions(router: Router): void {
  router.page("GET", COMMITTEE, DECIDE, (c) => showCommittee(c));
  router.page("POST", `${COMMITTEE}/copresidents`, DECIDE, saveCochairs);
  router.page("GET", `${COMMITTEE}/approuver`, APPROVE, (c) => showApprove(c));
  router.page("POST", `${COMMITTEE}/approuver`, APPROVE, approve);
  router.page("GET", `${COMMITTEE}/:application/lettre.pdf`, DECIDE, (c) => letter(c, "pdf"));
  router.page("GET", `${COMMITTEE}/:application/lettre.docx`, DECIDE, (c) => letter(c, "docx"));
  router.page("GET", `${COMMITTEE}/:application`, DECIDE, (c) => showDecision(c));
  router.page("POST", `${COMMITTEE}/:application`, DECIDE, decide);
  registerResultsApi(router);
}

async function committeeView(c: Context<AppEnv>, call: CallRow) {
  const db = c.var.deps.db;
  const [committee, board, totals, choices] = await Promise.all([
    committeeOf(db, call.id),
    decisionBoard(db, call.id),
    committedTotals(db, call.id),
    officials(db),
  ]);
  const viewer = c.var.actor.kind === "user" ? c.var.actor.id : null;
  const ranking = (await rankingOf(db, call.id)).map((r) => ({
    applicationId: r.applicationId,
    rank: r.rank,
    mean: r.mean,
    asked: r.reviewsAsked,
    received: r.reviewsReceived,
    disagreements: r.disagreements.length,
  }));
  return presentCommittee(call, committee, board, totals, choices, viewer, ranking);
}

async function showCommittee(c: Context<AppEnv>, form?: FormState, refusal?: Refusal) {
  const lang = c.var.lang;
  const call = await visibleCall(c);
  const view = await committeeView(c, call);
  const notice =
    c.req.query("ok") === "decision"
      ? t(lang, "saved")
      : c.req.query("ok") === "copresidents"
        ? t(lang, "cochairsSaved")
        : c.req.query("ok") === "approbation"
          ? t(lang, "approvedNotice")
          : undefined;
  const cochairs = form ?? {
    values: { cochair_qc: view.cochairs.qc?.id ?? "", cochair_fr: view.cochairs.fr?.id ?? "" },
    errors: {},
  };
  return renderPage(
    c,
    t(lang, "committeeOf", { code: call.code }),
    <CommitteePage
      lang={lang}
      csrf={c.var.csrfToken}
      view={view}
      cochairsForm={cochairs}
      notice={notice}
      error={refusal?.message}
    />,
    refusal?.status ?? 200,
  );
}

async function saveCochairs(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const call = await visibleCall(c);
  return formAction(c, {
    run: () => {
      const input = checkForm(cochairsForm, body);
      return setCochairs(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        callId: call.id,
        qc: input.cochair_qc,
        fr: input.cochair_fr,
      });
    },
    done: `${committeePath(c.var.lang, call.code)}?ok=copresidents`,
    redraw: (message, status, refusal) =>
      showCommittee(
        c,
        { values: formValues(body), errors: refusal.fields },
        refused(message, status),
      ),
  });
}

async function entryOf(c: Context<AppEnv>, call: CallRow) {
  const view = await committeeView(c, call);
  const entry = view.entries.find((e) => e.reference === c.req.param("application"));
  if (!entry) throw fail("not_found");
  return { view, entry };
}

async function showDecision(c: Context<AppEnv>, form?: FormState, refusal?: Refusal) {
  const lang = c.var.lang;
  const call = await visibleCall(c);
  const { view, entry } = await entryOf(c, call);
  if (!entry.decidable) throw fail("call_decisions_final", { code: call.code });
  const d = entry.decision;
  const amount = (cents: number | undefined) =>
    cents ? String(cents / 100).replace(".", ",") : "";
  const values = form ?? {
    values: {
      outcome: d?.outcome ?? "funded",
      reason: d?.reason ?? "",
      amount_qc: amount(d?.amountQcCents),
      amount_fr: amount(d?.amountFrCents),
    },
    errors: {},
  };
  return renderPage(
    c,
    `${t(lang, "decision")} — ${entry.reference}`,
    <DecisionPage
      lang={lang}
      csrf={c.var.csrfToken}
      code={call.code}
      entry={entry}
      view={view}
      form={values}
      error={refusal?.message}
    />,
    refusal?.status ?? 200,
  );
}

async function decide(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const call = await visibleCall(c);
  return formAction(c, {
    run: () =>
      saveDecision(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        callId: call.id,
        reference: c.req.param("application") ?? "",
        input: checkForm(decisionForm, body),
      }),
    done: `${committeePath(c.var.lang, call.code)}?ok=decision`,
    redraw: (message, status, refusal) =>
      refusal.id === "call_decisions_final"
        ? showCommittee(c, undefined, refused(message, status))
        : showDecision(
            c,
            { values: formValues(body), errors: refusal.fields },
            refused(message, status),
          ),
    keepPage: [404],
  });
}

async function showApprove(c: Context<AppEnv>, refusal?: Refusal) {
  const lang = c.var.lang;
  const call = await visibleCall(c);
  const view = await committeeView(c, call);
  return renderPage(
    c,
    t(lang, "approveTitle", { code: call.code }),
    <ApprovePage lang={lang} csrf={c.var.csrfToken} view={view} error={refusal?.message} />,
    refusal?.status ?? 200,
  );
}

async function approve(c: Context<AppEnv>) {
  const call = await visibleCall(c);
  const actor = c.var.actor;
  if (actor.kind !== "user") throw fail("forbidden");
  try {
    await approveDecisions(c.var.deps.db, performerOf(actor, c.var.requestId), {
      callId: call.id,
      userId: actor.id,
      today: todayOf(c.var.deps.now()),
    });
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      return showApprove(c, refused(refusalText(error, c.var.lang), error.status));
    }
    throw error;
  }
  return c.redirect(`${committeePath(c.var.lang, call.code)}?ok=approbation`, 303);
}

/** A decision letter, in the application's language whatever the official reads in. */
async function letter(c: Context<AppEnv>, format: "pdf" | "docx") {
  const call = await visibleCall(c);
  const [row] = await letterRows(c.var.deps.db, call.id, c.req.param("application") ?? "");
  if (!row?.finalised_at) throw fail("not_found");
  const composed = composeDecisionLetter(row);
  const bytes =
    format === "pdf" ? await renderDecisionPdf(composed) : await renderDecisionDocx(composed);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type":
        format === "pdf"
          ? "application/pdf"
          : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "content-disposition": `attachment; filename="${composed.fileName}.${format}"`,
    },
  });
}

/**
 * The funded projects of a call once its decisions are final, or null before: what the public
 * call page shows under the call's text.
 */
export async function fundedProjectsOf(
  db: Db,
  callId: string,
): Promise<FundedProjectView[] | null> {
  const committee = await committeeOf(db, callId);
  if (!committee.finalised_at) return null;
  return (await fundedOf(db, callId)).map(presentFunded);
}

/**
 * The public call page's « Projets financés » section, or null before the decisions are final.
 * The calls feature receives it from the area's routes.ts (it cannot import this folder, which
 * imports it).
 */
export async function fundedCallSection(c: Context<AppEnv>, callId: string) {
  const funded = await fundedProjectsOf(c.var.deps.db, callId);
  return funded && <FundedProjects lang={c.var.lang} funded={funded} />;
}

const urlOf = (c: Context<AppEnv>, lang: Lang, code: string) =>
  `${new URL(c.req.url).origin}${callPath(lang, code)}`;

function registerResultsApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/calls/{code}/results",
      tags: TAGS,
      summary: "Résultats d’un appel / Results of a call",
      description:
        "Publics quand les deux coprésidents ont approuvé les décisions : les candidatures financées, leur projet conjoint et les montants de chaque partie. Avant, 404. / Public once both co-chairs have approved the decisions: funded applications, their joint project and each party's amounts. Before that, 404.",
      request: { params: codeParam },
      responses: {
        200: {
          description: "Les résultats / The results",
          content: { "application/json": { schema: resultsSchema } },
        },
        404: { description: "Inconnu ou pas encore définitif / Unknown or not final yet" },
      },
    }),
    RESULTS,
    async (c) => {
      const call = await visibleCall(c, c.req.valid("param").code);
      const committee = await committeeOf(c.var.deps.db, call.id);
      if (!committee.finalised_at) throw fail("not_found");
      const funded = await fundedOf(c.var.deps.db, call.id);
      return c.json(
        resultsApi(call.code, committee.finalised_at, funded, urlOf(c, c.var.lang, call.code)),
        200,
      );
    },
  );
}
