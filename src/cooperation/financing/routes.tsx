import type { Context } from "hono";
import { type AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { WithCode } from "../shared/code-text.tsx";
import { visibilityOf } from "../shared/visibility.ts";
import { registerFinancingApi } from "./api-routes.ts";
import {
  addCommitment,
  addDisbursement,
  type CommitmentInput,
  deleteCommitment,
  updateCommitment,
} from "./commands.ts";
import { CommitmentForm, type CommitmentValues } from "./forms.tsx";
import { financingAction, performer } from "./handler-helpers.ts";
import { financingText as t } from "./messages.ts";
import { centsToDecimal, formatMoney } from "./money.ts";
import { financingPath, projectPath } from "./paths.ts";
import { financingSection } from "./project-section.tsx";
import { findLine, findVisibleProject, funders, type ProjectRef } from "./queries.ts";
import { registerExchangeRates } from "./rates-routes.tsx";
import { commitmentForm, disbursementForm } from "./schema.ts";

const FINANCING = "/cooperation/projets/:code/financement";
const READ = access("read", "Financing");
const CREATE = access("create", "Financing");
const UPDATE = access("update", "Financing");
const DELETE = access("delete", "Financing");

export function registerFinancing(router: Router): void {
  router.page("GET", FINANCING, READ, showFinancing);
  router.page("POST", FINANCING, CREATE, createFromForm);
  router.page("POST", `${FINANCING}/:id/versement`, CREATE, disburseFromForm);
  router.page("GET", `${FINANCING}/:id/modifier`, UPDATE, showEdit);
  router.page("POST", `${FINANCING}/:id/modifier`, UPDATE, updateFromForm);
  router.page("GET", `${FINANCING}/:id/supprimer`, DELETE, showDelete);
  router.page("POST", `${FINANCING}/:id/supprimer`, DELETE, deleteFromForm);

  registerExchangeRates(router);

  registerFinancingApi(router);
}

/** The project named in the path, if visible to the actor, else 404. */
async function project(c: Context<AppEnv>): Promise<ProjectRef> {
  const p = await findVisibleProject(
    c.var.deps.db,
    visibilityOf(c.var.actor),
    c.req.param("code") ?? "",
  );
  if (!p) throw fail("not_found");
  return p;
}

/** The project, once this actor is allowed to change its financing. */
async function editable(c: Context<AppEnv>, action: "create" | "update" | "delete") {
  const p = await project(c);
  c.var.deps.policy.authorize(c.var.actor, action, "Financing", { owner_party: p.owner_party });
  return p;
}

/** The commitment named in the path, visible and belonging to that project. */
async function line(c: Context<AppEnv>, p: ProjectRef) {
  const l = await findLine(c.var.deps.db, visibilityOf(c.var.actor), c.req.param("id") ?? "");
  if (!l || l.projectId !== p.id) throw fail("not_found");
  return l;
}

async function showFinancing(c: Context<AppEnv>) {
  const p = await project(c);
  const title = `${t(c.var.lang, "section")} — ${p.code}`;
  return renderPage(
    c,
    title,
    <>
      <h1>
        <WithCode text={title} code={p.code} />
      </h1>
      <p class="lead">{c.var.lang === "fr" ? p.title_fr : p.title_en}</p>
      {c.req.query("ok") === "1" && (
        <Alert kind="success" as="p">
          {t(c.var.lang, "save")} ✓
        </Alert>
      )}
      {await financingSection({ c, project: p })}
      <p>
        <a href={projectPath(c.var.lang, p.code)}>{t(c.var.lang, "back")}</a>
      </p>
    </>,
  );
}

async function readCommitment(
  c: Context<AppEnv>,
): Promise<{ values: CommitmentValues; input: CommitmentInput }> {
  const values: CommitmentValues = await parseForm(c, commitmentForm);
  return {
    values,
    input: {
      funderId: values.funder_id,
      source: values.source,
      party: values.party,
      amount: values.amount,
      currency: values.currency,
      committedOn: values.committed_on,
      confidentialTo: values.confidential_to,
      note: values.note,
    },
  };
}

/** An input error shown again with the form and what was typed; authorisation errors pass. */
async function formAgain(
  c: Context<AppEnv>,
  p: ProjectRef,
  error: AppError,
  values: CommitmentValues,
  action: string,
) {
  const lang = c.var.lang;
  return renderPage(
    c,
    t(lang, "errorTitle"),
    <>
      <h1>{t(lang, "errorTitle")}</h1>
      <Alert kind="error" as="p">
        {error.messageIn(lang)}
      </Alert>
      <CommitmentForm
        lang={lang}
        csrf={c.var.csrfToken}
        action={action}
        values={values}
        funders={await funders(c.var.deps.db)}
        legend={p.code}
      />
      <p>
        <a href={financingPath(lang, p.code)}>{t(lang, "back")}</a>
      </p>
    </>,
    error.status as 409 | 422,
  );
}

/** Where a saved change leads: the project's financing, with a confirmation. */
const done = (c: Context<AppEnv>, p: ProjectRef) => `${financingPath(c.var.lang, p.code)}?ok=1`;

async function createFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "create");
  const { values, input } = await readCommitment(c);
  return financingAction(c, {
    run: () =>
      addCommitment(
        c.var.deps.db,
        performer(c),
        p.id,
        input,
        c.var.lang,
        visibilityOf(c.var.actor),
      ),
    done: done(c, p),
    redraw: (e) => formAgain(c, p, e, values, financingPath(c.var.lang, p.code)),
  });
}

async function disburseFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "create");
  const l = await line(c, p);
  const form = await parseForm(c, disbursementForm);
  return financingAction(c, {
    run: () =>
      addDisbursement(
        c.var.deps.db,
        performer(c),
        l.id,
        { amount: form.amount, paidOn: form.paid_on, note: form.note },
        c.var.lang,
      ),
    done: done(c, p),
    redraw: (e) => {
      const lang = c.var.lang;
      return renderPage(
        c,
        t(lang, "errorTitle"),
        <>
          <h1>{t(lang, "errorTitle")}</h1>
          <Alert kind="error" as="p">
            {e.messageIn(lang)}
          </Alert>
          <p>
            <a href={financingPath(lang, p.code)}>{t(lang, "back")}</a>
          </p>
        </>,
        e.status as 409 | 422,
      );
    },
  });
}

const valuesOf = (l: Awaited<ReturnType<typeof line>>): CommitmentValues => ({
  funder_id: l.funderId,
  source: l.source,
  party: l.party,
  amount: centsToDecimal(l.committed),
  currency: l.currency,
  committed_on: l.committedOn,
  confidential_to: l.confidentialTo ?? "",
  note: l.note ?? "",
});

async function showEdit(c: Context<AppEnv>) {
  const p = await editable(c, "update");
  const l = await line(c, p);
  const lang = c.var.lang;
  const title = t(lang, "editTitle", { project: p.code });
  return renderPage(
    c,
    title,
    <>
      <h1>
        <WithCode text={title} code={p.code} />
      </h1>
      <CommitmentForm
        lang={lang}
        csrf={c.var.csrfToken}
        action={financingPath(lang, p.code, `/${l.id}/modifier`)}
        values={valuesOf(l)}
        funders={await funders(c.var.deps.db)}
        legend={l.funderName}
      />
      <p>
        <a href={financingPath(lang, p.code)}>{t(lang, "cancel")}</a>
      </p>
    </>,
  );
}

async function updateFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "update");
  const l = await line(c, p);
  const { values, input } = await readCommitment(c);
  return financingAction(c, {
    run: () =>
      updateCommitment(
        c.var.deps.db,
        performer(c),
        l.id,
        input,
        c.var.lang,
        visibilityOf(c.var.actor),
      ),
    done: done(c, p),
    redraw: (e) =>
      formAgain(c, p, e, values, financingPath(c.var.lang, p.code, `/${l.id}/modifier`)),
  });
}

async function showDelete(c: Context<AppEnv>) {
  const p = await editable(c, "delete");
  const l = await line(c, p);
  const lang = c.var.lang;
  const title = t(lang, "deleteTitle", { funder: l.funderName });
  return renderPage(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p>{t(lang, "deleteText", { amount: formatMoney(lang, l.committed, l.currency) })}</p>
      <form method="post" action={financingPath(lang, p.code, `/${l.id}/supprimer`)}>
        <Csrf token={c.var.csrfToken} />
        <button type="submit" class="danger">
          {t(lang, "confirm")}
        </button>{" "}
        <a href={financingPath(lang, p.code)}>{t(lang, "cancel")}</a>
      </form>
    </>,
  );
}

async function deleteFromForm(c: Context<AppEnv>) {
  const p = await editable(c, "delete");
  const l = await line(c, p);
  await deleteCommitment(c.var.deps.db, performer(c), l.id);
  return c.redirect(done(c, p), 303);
}
