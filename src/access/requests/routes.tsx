import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { EMPTY_FORM, type FormState, formValues } from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { isParty } from "../../shared/party.ts";
import { computeDeadlines } from "../deadlines/index.ts";
import { createRequest } from "./commands.ts";
import { HubPage, IntakePage, ReceiptPage } from "./intake-page.tsx";
import { accessText as t } from "./messages.ts";
import { presentReceipt, presentRequest, receiptPath } from "./present.ts";
import { countToPublish, findRequestByReceipt, listRequests } from "./queries.ts";
import { NewRequestPage, RegisterPage } from "./register-page.tsx";
import { parseIntake, REFERENCE_PATTERN, registerQuery, todayIn } from "./schema.ts";

const FILE = access("create", "AccessRequest");
const REGISTER = access("register", "AccessRequest");
const PER_PAGE = 25;

/** The public side: the desk's front page, the request form and its receipt. */
export function registerPublicAccess(router: Router): void {
  router.page("GET", "/acces", access("read", "DisclosureLog"), hub);
  router.page("GET", "/acces/demande", FILE, (c) => showForm(c, EMPTY_FORM));
  router.page("POST", "/acces/demande", FILE, fileRequest);
  router.page("GET", "/acces/demande/recue/:reference", FILE, received);
}

/** The officers' register and their intake of requests received elsewhere than online. */
export function registerRequestRegister(router: Router): void {
  router.page("GET", "/acces/demandes", access("read", "AccessRequest"), showRegister);
  router.page("GET", "/acces/demandes/nouvelle", REGISTER, (c) => showNewForm(c, EMPTY_FORM));
  router.page("POST", "/acces/demandes", REGISTER, registerRequest);
}

function hub(c: Context<AppEnv>) {
  const { policy } = c.var.deps;
  return renderPage(
    c,
    t(c.var.lang, "hubTitle"),
    <HubPage
      lang={c.var.lang}
      canRegister={policy.can(c.var.actor, "read", "AccessRequest")}
      canEditLetters={policy.can(c.var.actor, "update", "LetterTemplate")}
    />,
  );
}

function showForm(c: Context<AppEnv>, form: FormState, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  const values = { lang, ...form.values };
  return renderPage(
    c,
    t(lang, "formTitle"),
    <IntakePage lang={lang} csrf={c.var.csrfToken} form={{ ...form, values }} />,
    status,
  );
}

async function fileRequest(c: Context<AppEnv>) {
  const values = formValues(await c.req.parseBody());
  const now = c.var.deps.now();
  const jurisdiction = isParty(values.jurisdiction) ? values.jurisdiction : "qc";
  try {
    // The public cannot choose the date of receipt: it is today where the request is received.
    const intake = parseIntake(
      { ...values, channel: "web", receivedOn: todayIn(jurisdiction, now) },
      now,
    );
    const created = await createRequest(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      intake,
    );
    return c.redirect(receiptPath(c.var.lang, created), 303);
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showForm(c, { values, errors: error.fields }, 422);
    }
    throw error;
  }
}

/**
 * Only the requester's link (with its token) opens the receipt: a bare reference answers 404
 * like an unknown one, so that nobody can count the requests of a month by trying numbers.
 */
async function received(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const reference = c.req.param("reference") ?? "";
  const token = c.req.query("jeton") ?? "";
  const request =
    REFERENCE_PATTERN.test(reference) && /^[\w-]{43}$/.test(token)
      ? await findRequestByReceipt(c.var.deps.db, reference, token)
      : null;
  if (!request) throw fail("access_request_unknown", { reference });
  const deadlines = computeDeadlines({
    received: request.received_on,
    jurisdiction: request.jurisdiction,
  });
  return renderPage(
    c,
    t(lang, "receivedTitle"),
    <ReceiptPage lang={lang} receipt={presentReceipt(request)} deadlines={deadlines} />,
    200,
  );
}

async function showRegister(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const filters = registerQuery.parse(c.req.query());
  const today = todayIn("qc", c.var.deps.now());
  const [result, overdue, soon, toPublish] = await Promise.all([
    listRequests(db, { ...filters, perPage: PER_PAGE }, today),
    listRequests(db, { deadline: "overdue", page: 1, perPage: 1 }, today),
    listRequests(db, { deadline: "soon", page: 1, perPage: 1 }, today),
    countToPublish(db),
  ]);
  return renderPage(
    c,
    t(lang, "register"),
    <RegisterPage
      lang={lang}
      filters={filters}
      result={{ total: result.total, requests: result.rows.map(presentRequest) }}
      overdue={overdue.total}
      soon={soon.total}
      toPublish={toPublish}
      today={today}
      pages={Math.max(1, Math.ceil(result.total / PER_PAGE))}
      canRegister={c.var.deps.policy.can(c.var.actor, "register", "AccessRequest")}
    />,
  );
}

function showNewForm(c: Context<AppEnv>, form: FormState, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  const values = {
    lang,
    channel: "email",
    receivedOn: todayIn("qc", c.var.deps.now()),
    ...form.values,
  };
  return renderPage(
    c,
    t(lang, "newRequest"),
    <NewRequestPage lang={lang} csrf={c.var.csrfToken} form={{ ...form, values }} />,
    status,
  );
}

async function registerRequest(c: Context<AppEnv>) {
  const values = formValues(await c.req.parseBody());
  try {
    const intake = parseIntake(values, c.var.deps.now());
    const created = await createRequest(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      intake,
    );
    return c.redirect(localisedPath(c.var.lang, `/acces/demandes/${created.reference}`), 303);
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showNewForm(c, { values, errors: error.fields }, 422);
    }
    throw error;
  }
}
