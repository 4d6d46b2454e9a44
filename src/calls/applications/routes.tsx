import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { siteUrl } from "../../platform/auth/oidc/site-url.ts";
import { type AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { EMPTY_FORM, type FormState, formValues } from "../../platform/web/fields.tsx";
import { checkForm, formAction, isRefusal, refusalText } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { registerApplicationApi } from "./api-routes.ts";
import { ApplicationPage, WithdrawPage } from "./application-page.tsx";
import {
  createApplication,
  saveDraft,
  submitApplication,
  withdrawApplication,
} from "./commands.ts";
import { EditorPage } from "./editor-page.tsx";
import { ListPage } from "./list-page.tsx";
import { applicationText as t } from "./messages.ts";
import { NewApplicationPage } from "./new-page.tsx";
import { applicationPath, LIST_PATH } from "./paths.ts";
import { presentApplication, presentCallRules, presentEditor } from "./present.ts";
import { renderProofPdf } from "./proof-pdf.ts";
import {
  type ApplicationRow,
  latestVersion,
  listApplicationsOf,
  listSubmittedApplications,
  loadApplication,
  loadApplicationContent,
  loadCallById,
  loadCallForApplication,
  loadDraftFile,
  loadSubmittedFile,
} from "./queries.ts";
import { EDITABLE, newApplicationForm, parseDraftForm } from "./schema.ts";
import type { Snapshot } from "./snapshot.ts";
import { assertOpen } from "./window.ts";

const READ = access("read", "Application");
const CREATE = access("create", "Application");
const UPDATE = access("update", "Application");
const WITHDRAW = access("withdraw", "Application");

/** An applicant's applications: draft, submission, proof, withdrawal; and the API. */
export function registerApplications(router: Router): void {
  router.page("GET", LIST_PATH, READ, list);
  router.page("GET", "/appels/:call/candidater", CREATE, (c) => showNew(c, EMPTY_FORM));
  router.page("POST", "/appels/:call/candidater", CREATE, create);
  router.page("GET", `${LIST_PATH}/:id`, READ, (c) => show(c));
  router.page("POST", `${LIST_PATH}/:id/brouillon`, UPDATE, save);
  router.page("POST", `${LIST_PATH}/:id/depot`, UPDATE, submit);
  router.page("GET", `${LIST_PATH}/:id/accuse-de-reception.pdf`, READ, proof);
  router.page("GET", `${LIST_PATH}/:id/pieces/:document`, READ, attachment);
  router.page("GET", `${LIST_PATH}/:id/retrait`, WITHDRAW, (c) => confirmWithdraw(c));
  router.page("POST", `${LIST_PATH}/:id/retrait`, WITHDRAW, withdraw);
  registerApplicationApi(router);
}

const performer = (c: Context<AppEnv>) => performerOf(c.var.actor, c.var.requestId);
const userOf = (c: Context<AppEnv>) => {
  const actor = c.var.actor;
  if (actor.kind !== "user") throw fail("unauthenticated");
  return actor;
};

/**
 * The application the path names, if the actor may do `action` with it; 404 otherwise, so that
 * another consortium's application, or a draft to an official, looks like no application.
 */
async function visibleApplication(
  c: Context<AppEnv>,
  action: "read" | "update" | "withdraw",
  key = c.req.param("id") ?? "",
): Promise<ApplicationRow> {
  const row = await loadApplication(c.var.deps.db, key);
  if (!row || !c.var.deps.policy.can(c.var.actor, action, "Application", row)) {
    throw fail("not_found");
  }
  return row;
}

async function list(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const user = userOf(c);
  const official = user.role !== "applicant";
  const rows = official
    ? await listSubmittedApplications(c.var.deps.db)
    : await listApplicationsOf(c.var.deps.db, user);
  return renderPage(
    c,
    t(lang, official ? "submittedApplications" : "applications"),
    <ListPage
      lang={lang}
      official={official}
      items={rows.map((r) => presentApplication(r, lang))}
    />,
  );
}

async function openCall(c: Context<AppEnv>) {
  const call = await loadCallForApplication(c.var.deps.db, c.req.param("call") ?? "");
  if (!call) throw fail("not_found");
  return call;
}

async function showNew(
  c: Context<AppEnv>,
  form: FormState,
  error?: string,
  status: 200 | 409 | 422 = 200,
) {
  const lang = c.var.lang;
  const call = await openCall(c);
  // A call not open (yet, or any more) says so at once, rather than after the form.
  let closed: string | undefined;
  try {
    assertOpen(call, c.var.deps.now(), "create");
  } catch (refusal) {
    if (!isRefusal(refusal)) throw refusal;
    closed = refusal.messageIn(lang);
  }
  return renderPage(
    c,
    t(lang, "newApplication"),
    <NewApplicationPage
      lang={lang}
      csrf={c.var.csrfToken}
      call={presentCallRules(call, lang)}
      form={{ values: { language: lang, ...form.values }, errors: form.errors }}
      error={error ?? closed}
      closed={closed !== undefined}
    />,
    closed ? 409 : status,
  );
}

async function create(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const call = await openCall(c);
  let id = "";
  return formAction(c, {
    run: async () => {
      const input = checkForm(newApplicationForm, body);
      id = await createApplication(c.var.deps.db, performer(c), {
        callId: call.id,
        ownerId: userOf(c).id,
        title: input.title,
        language: input.language,
        now: c.var.deps.now(),
      });
    },
    get done() {
      return localisedPath(c.var.lang, applicationPath(id));
    },
    redraw: (message, status, refusal) =>
      showNew(
        c,
        { values: formValues(body), errors: refusal.fields },
        message,
        status === 409 ? 409 : 422,
      ),
  });
}

type ShowOptions = {
  form?: FormState;
  status?: 200 | 409 | 422;
  error?: string;
  missing?: string[];
};

async function show(c: Context<AppEnv>, options: ShowOptions = {}, row?: ApplicationRow) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const app = row ?? (await visibleApplication(c, "read"));
  const call = await loadCallById(db, app.call_id);
  if (!call) throw fail("not_found");
  const content = await loadApplicationContent(db, app.id);
  const policy = c.var.deps.policy;
  const rights = {
    edit: policy.can(c.var.actor, "update", "Application", app),
    withdraw: policy.can(c.var.actor, "withdraw", "Application", app),
  };
  const view = presentApplication(app, lang, rights);
  const editor = presentEditor(app, call, content, lang);
  const rules = presentCallRules(call, lang);
  const notice =
    c.req.query("ok") === "enregistre"
      ? t(lang, "saved")
      : c.req.query("ok") === "depose"
        ? t(lang, "submittedNow")
        : undefined;
  if (!(rights.edit && view.editable)) {
    return renderPage(
      c,
      view.title,
      <ApplicationPage lang={lang} app={view} call={rules} editor={editor} notice={notice} />,
      options.status ?? 200,
    );
  }
  const form = options.form ?? { values: editor.values, errors: {} };
  return renderPage(
    c,
    view.title,
    <EditorPage
      lang={lang}
      csrf={c.var.csrfToken}
      app={view}
      call={rules}
      editor={editor}
      form={form}
      isOwner={app.owner_id === userOf(c).id}
      notice={notice}
      error={options.error}
      missing={options.missing}
    />,
    options.status ?? 200,
  );
}

/** Reads the editor's form and saves it; returns the refusal to redraw, if any. */
async function saveFromForm(c: Context<AppEnv>, app: ApplicationRow) {
  const body = await c.req.parseBody();
  const call = await loadCallById(c.var.deps.db, app.call_id);
  if (!call) throw fail("not_found");
  try {
    const draft = parseDraftForm(
      body,
      call.documents.map((d) => d.id),
    );
    await saveDraft(c.var.deps.db, performer(c), {
      applicationId: app.id,
      draft,
      byOwner: app.owner_id === userOf(c).id,
      now: c.var.deps.now(),
      siteUrl: siteUrl(c),
    });
    return undefined;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return { error, values: formValues(body) };
  }
}

function redrawRefusal(
  c: Context<AppEnv>,
  app: ApplicationRow,
  error: AppError,
  values?: Record<string, string>,
) {
  return show(
    c,
    {
      ...(values ? { form: { values, errors: error.fields } } : {}),
      status: error.status === 409 ? 409 : 422,
      error: refusalText(error, c.var.lang),
    },
    app,
  );
}

async function save(c: Context<AppEnv>) {
  const app = await visibleApplication(c, "update");
  const refused = await saveFromForm(c, app);
  if (refused) return redrawRefusal(c, app, refused.error, refused.values);
  return c.redirect(localisedPath(c.var.lang, `${applicationPath(app.id)}?ok=enregistre`), 303);
}

/** Saves what the form holds, then submits: a refused check keeps the saved draft. */
async function submit(c: Context<AppEnv>) {
  const app = await visibleApplication(c, "update");
  const refused = await saveFromForm(c, app);
  if (refused) return redrawRefusal(c, app, refused.error, refused.values);
  try {
    const { reference } = await submitApplication(c.var.deps.db, performer(c), {
      applicationId: app.id,
      now: c.var.deps.now(),
      siteUrl: siteUrl(c),
    });
    return c.redirect(localisedPath(c.var.lang, `${applicationPath(reference)}?ok=depose`), 303);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const saved = await visibleApplication(c, "update", app.id);
    if (error.id === "application_incomplete") {
      return show(
        c,
        {
          status: 422,
          error: error.messageIn(c.var.lang),
          missing: Object.values(error.fields).map((m) => localise(m, c.var.lang)),
        },
        saved,
      );
    }
    return redrawRefusal(c, saved, error);
  }
}

async function proof(c: Context<AppEnv>) {
  const app = await visibleApplication(c, "read");
  const version = app.status === "draft" ? undefined : await latestVersion(c.var.deps.db, app.id);
  if (!version) throw fail("not_found");
  const snapshot = JSON.parse(version.snapshot) as Snapshot;
  const pdf = await renderProofPdf(snapshot, version.sha256, c.var.lang);
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="${snapshot.reference}-accuse.pdf"`,
  });
}

/**
 * An attached PDF: the consortium working on its draft gets the current file; everyone else,
 * and everyone once it is submitted, the file of the last submitted version.
 */
async function attachment(c: Context<AppEnv>) {
  const app = await visibleApplication(c, "read");
  const documentId = c.req.param("document") ?? "";
  if (!isUuid(documentId)) throw fail("not_found");
  const db = c.var.deps.db;
  const working =
    EDITABLE.includes(app.status) &&
    c.var.deps.policy.can(c.var.actor, "update", "Application", app);
  const file = working
    ? await loadDraftFile(db, app.id, documentId)
    : await loadSubmittedFile(db, app.id, documentId);
  if (!file) throw fail("not_found");
  return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
    "x-content-type-options": "nosniff",
  });
}

async function confirmWithdraw(c: Context<AppEnv>, error?: AppError) {
  const lang = c.var.lang;
  const app = await visibleApplication(c, "withdraw");
  const call = await loadCallById(c.var.deps.db, app.call_id);
  if (!call) throw fail("not_found");
  return renderPage(
    c,
    t(lang, "withdraw"),
    <WithdrawPage
      lang={lang}
      csrf={c.var.csrfToken}
      app={presentApplication(app, lang)}
      call={presentCallRules(call, lang)}
      error={error ? refusalText(error, lang) : undefined}
    />,
    error ? (error.status === 409 ? 409 : 422) : 200,
  );
}

async function withdraw(c: Context<AppEnv>) {
  const app = await visibleApplication(c, "withdraw");
  try {
    await withdrawApplication(c.var.deps.db, performer(c), {
      applicationId: app.id,
      now: c.var.deps.now(),
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return confirmWithdraw(c, error);
  }
  return c.redirect(localisedPath(c.var.lang, applicationPath(app.reference ?? app.id)), 303);
}
