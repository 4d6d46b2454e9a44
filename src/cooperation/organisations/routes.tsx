import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { type FormState, formValues } from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { projectText as t } from "../projects/messages.ts";
import { visibilityOf } from "../shared/visibility.ts";
import { registerOrganisationApi } from "./api-routes.ts";
import { createOrganisation, updateOrganisation } from "./commands.ts";
import { OrganisationForm, OrganisationListPage } from "./pages.tsx";
import { organisationFormValues } from "./present.ts";
import { findOrganisation, listOrganisations } from "./queries.ts";
import { parseOrganisationInput } from "./schema.ts";

const LIST = "/cooperation/organisations";
const CREATE = access("create", "Organisation");
const UPDATE = access("update", "Organisation");

/** The organisations of the cooperation: pages and API. */
export function registerOrganisations(router: Router): void {
  registerOrganisationPages(router);
  registerOrganisationApi(router);
}

function registerOrganisationPages(router: Router): void {
  router.page("GET", LIST, access("read", "Organisation"), async (c) => {
    const { db, policy } = c.var.deps;
    return renderPage(
      c,
      t(c.var.lang, "organisations"),
      <OrganisationListPage
        lang={c.var.lang}
        rows={await listOrganisations(db, visibilityOf(c.var.actor))}
        canCreate={policy.can(c.var.actor, "create", "Organisation")}
        canUpdate={policy.can(c.var.actor, "update", "Organisation")}
      />,
    );
  });
  router.page("GET", `${LIST}/nouvelle`, CREATE, (c) =>
    showForm(c, { values: { party: "qc", kind: "company" }, errors: {} }),
  );
  router.page("POST", LIST, CREATE, (c) =>
    save(c, null, (input) =>
      createOrganisation(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), input),
    ),
  );
  router.page("GET", `${LIST}/:id/modifier`, UPDATE, async (c) => {
    const id = c.req.param("id") ?? "";
    const o = await findOrganisation(c.var.deps.db, id);
    if (!o) throw fail("organisation_unknown");
    return showForm(c, { values: organisationFormValues(o), errors: {} }, id);
  });
  router.page("POST", `${LIST}/:id`, UPDATE, async (c) => {
    const id = c.req.param("id") ?? "";
    if (!(await findOrganisation(c.var.deps.db, id))) throw fail("organisation_unknown");
    return save(c, id, (input) =>
      updateOrganisation(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), id, input),
    );
  });
}

function showForm(
  c: Context<AppEnv>,
  form: FormState,
  id: string | null = null,
  status: 200 | 409 | 422 = 200,
  error?: string,
) {
  const lang = c.var.lang;
  const title = t(lang, id ? "editOrganisation" : "newOrganisation");
  return renderPage(
    c,
    title,
    <OrganisationForm
      lang={lang}
      csrf={c.var.csrfToken}
      form={form}
      title={title}
      action={localisedPath(lang, id ? `${LIST}/${id}` : LIST)}
      error={error}
    />,
    status,
  );
}

async function save(
  c: Context<AppEnv>,
  id: string | null,
  write: (input: ReturnType<typeof parseOrganisationInput>) => Promise<unknown>,
) {
  const values = formValues(await c.req.parseBody());
  try {
    await write(parseOrganisationInput(values));
    return c.redirect(localisedPath(c.var.lang, LIST), 303);
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showForm(c, { values, errors: error.fields }, id, 422);
    }
    if (error instanceof AppError && error.id === "organisation_name_taken") {
      return showForm(
        c,
        { values, errors: { name: { fr: error.messageIn("fr"), en: error.messageIn("en") } } },
        id,
        409,
        error.messageIn(c.var.lang),
      );
    }
    throw error;
  }
}
