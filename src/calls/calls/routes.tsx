import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { EMPTY_FORM, type FormState } from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { registerCallApi } from "./api-routes.ts";
import { seesDrafts, visibleCall } from "./call-access.ts";
import { createCall, publishCall, updateCall } from "./commands.ts";
import { CallPage } from "./detail-page.tsx";
import { CallFormPage } from "./form-page.tsx";
import { CallListPage } from "./list-page.tsx";
import { callText as t } from "./messages.ts";
import { CALLS_PATH, callPath } from "./paths.ts";
import {
  type CallSummaryView,
  callFormValues,
  presentCall,
  presentCallSummary,
  presentLineChoices,
} from "./present.ts";
import { PublishPage } from "./publish-page.tsx";
import { type CallRow, callDetails, linesByPriority, listCalls } from "./queries.ts";
import { formToRaw, parseCallInput } from "./schema.ts";

const READ = access("read", "Call");
const CREATE = access("create", "Call");
const UPDATE = access("update", "Call");
const PUBLISH = access("publish", "Call");

/** The calls: public list and page, officials' form and publication; then the API. */
/** What other features of the area add to a call's page (the results, once decided). */
export type CallPageSections = {
  afterText?: (c: Context<AppEnv>, callId: string) => Promise<Child>;
};

export function registerCalls(router: Router, sections: CallPageSections = {}): void {
  const showCall = showCallWith(sections);
  router.page("GET", CALLS_PATH, READ, showList);
  router.page("GET", `${CALLS_PATH}/nouveau`, CREATE, (c) => showForm(c, EMPTY_FORM));
  router.page("POST", CALLS_PATH, CREATE, create);
  router.page("GET", `${CALLS_PATH}/:call`, READ, showCall);
  router.page("GET", `${CALLS_PATH}/:call/modifier`, UPDATE, async (c) => {
    const call = await visibleCall(c);
    const details = await callDetails(c.var.deps.db, call.id);
    return showForm(c, { values: callFormValues(call, details), errors: {} }, call);
  });
  router.page("POST", `${CALLS_PATH}/:call`, UPDATE, update);
  router.page("GET", `${CALLS_PATH}/:call/publier`, PUBLISH, (c) => showPublish(c));
  router.page("POST", `${CALLS_PATH}/:call/publier`, PUBLISH, publish);
  registerCallApi(router);
}

async function showList(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const drafts = seesDrafts(c);
  const now = c.var.deps.now();
  const calls = (await listCalls(c.var.deps.db, { drafts })).map((r) => presentCallSummary(r, now));
  const only = (status: CallSummaryView["status"]) => calls.filter((s) => s.status === status);
  return renderPage(
    c,
    t(lang, "calls"),
    <CallListPage
      lang={lang}
      open={only("open")}
      upcoming={only("upcoming")}
      // The most recently closed first: what readers look for after a closing.
      closed={only("closed").reverse()}
      drafts={drafts ? only("draft") : null}
      canCreate={c.var.deps.policy.can(c.var.actor, "create", "Call")}
    />,
  );
}

async function viewOf(c: Context<AppEnv>, call: CallRow) {
  const policy = c.var.deps.policy;
  return presentCall(call, await callDetails(c.var.deps.db, call.id), c.var.deps.now(), {
    canEdit: policy.can(c.var.actor, "update", "Call"),
    canPublish: policy.can(c.var.actor, "publish", "Call"),
    canApply: c.var.actor.kind === "anonymous" || policy.can(c.var.actor, "create", "Application"),
  });
}

const showCallWith = (sections: CallPageSections) => async (c: Context<AppEnv>) => {
  const lang = c.var.lang;
  const call = await visibleCall(c);
  const notice =
    c.req.query("publie") === "1"
      ? t(lang, "published")
      : c.req.query("enregistre") === "1"
        ? t(lang, "saved")
        : undefined;
  return renderPage(
    c,
    call[lang === "en" ? "title_en" : "title_fr"],
    <CallPage
      lang={lang}
      call={await viewOf(c, call)}
      notice={notice}
      extra={await sections.afterText?.(c, call.id)}
    />,
  );
};

async function showForm(
  c: Context<AppEnv>,
  form: FormState,
  call?: CallRow,
  status: 200 | 404 | 409 | 422 = 200,
) {
  const lang = c.var.lang;
  const heading = call ? t(lang, "editCall", { code: call.code }) : t(lang, "newCall");
  const defaults: Record<string, string> = call
    ? {}
    : { timeZone: "America/Toronto", minPartnersPerParty: "1" };
  return renderPage(
    c,
    heading,
    <CallFormPage
      lang={lang}
      csrf={c.var.csrfToken}
      heading={heading}
      form={{ values: { ...defaults, ...form.values }, errors: form.errors }}
      choices={presentLineChoices(await linesByPriority(c.var.deps.db))}
      action={call ? callPath(lang, call.code) : localisedPath(lang, CALLS_PATH)}
      cancel={call ? callPath(lang, call.code) : localisedPath(lang, CALLS_PATH)}
    />,
    status,
  );
}

/** Form values as strings; boxes ticked several times (the lines) joined with commas. */
function formValuesAll(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "_csrf") continue;
    if (typeof value === "string") values[key] = value;
    else if (Array.isArray(value)) {
      values[key] = value.filter((v): v is string => typeof v === "string").join(",");
    }
  }
  return values;
}

/** Runs a save; a refused form is drawn again with every field's reason (422). */
async function save(
  c: Context<AppEnv>,
  run: (values: Record<string, string>) => Promise<string>,
  call?: CallRow,
) {
  const values = formValuesAll(await c.req.parseBody({ all: true }));
  try {
    const code = await run(values);
    return c.redirect(`${callPath(c.var.lang, code)}?enregistre=1`, 303);
  } catch (error) {
    if (error instanceof AppError && error.status === 422) {
      const errors =
        error.id === "validation_failed"
          ? error.fields
          : { _: { fr: error.messageIn("fr"), en: error.messageIn("en") } };
      return showForm(c, { values, errors }, call, 422);
    }
    throw error;
  }
}

function create(c: Context<AppEnv>) {
  return save(c, async (values) => {
    const input = parseCallInput(formToRaw(values));
    const now = c.var.deps.now();
    const performer = performerOf(c.var.actor, c.var.requestId);
    return (await createCall(c.var.deps.db, performer, input, now)).code;
  });
}

async function update(c: Context<AppEnv>) {
  const call = await visibleCall(c);
  return save(
    c,
    async (values) => {
      const input = parseCallInput(formToRaw(values));
      await updateCall(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), call.code, input);
      return call.code;
    },
    call,
  );
}

async function showPublish(c: Context<AppEnv>, error?: AppError) {
  const lang = c.var.lang;
  const call = await visibleCall(c);
  return renderPage(
    c,
    t(lang, "publishCall", { code: call.code }),
    <PublishPage
      lang={lang}
      csrf={c.var.csrfToken}
      call={await viewOf(c, call)}
      error={error?.messageIn(lang)}
    />,
    error ? (error.status as 409 | 422) : 200,
  );
}

async function publish(c: Context<AppEnv>) {
  const call = await visibleCall(c);
  try {
    await publishCall(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), call.code);
  } catch (error) {
    if (error instanceof AppError && (error.status === 409 || error.status === 422)) {
      return showPublish(c, error);
    }
    throw error;
  }
  return c.redirect(`${callPath(c.var.lang, call.code)}?publie=1`, 303);
}
