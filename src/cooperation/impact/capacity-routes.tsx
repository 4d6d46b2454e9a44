/**
 * Capacity forms of the project page: adding one, and removing one after a confirmation page
 * (the POST refuses a removal whose box was not ticked). Writing needs update rights on the project.
 */
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { presentProjectRef } from "../projects/present.ts";
import type { ProjectRef } from "../projects/queries.ts";
import { capacityNames, referenceNames } from "./capacity-choices.ts";
import type { CapacityValues } from "./capacity-form.tsx";
import { type CapacityKey, removeCapacity, setCapacity } from "./commands.ts";
import { impactText as t } from "./messages.ts";
import { capacitiesAt } from "./queries.ts";
import { RemoveCapacityPage } from "./remove-page.tsx";
import { editableProject, impactAnchor } from "./route-helpers.ts";
import { capacityForm, removeCapacityForm } from "./schema.ts";
import { impactSection } from "./section.tsx";

const UPDATE = access("update", "Project");
const PATH = "/cooperation/projets/:code/capacites";

const editable = (c: Context<AppEnv>) => editableProject(c, c.req.param("code") ?? "");

/** The capacity named by the key, or 404. */
async function capacity(c: Context<AppEnv>, p: ProjectRef, key: CapacityKey) {
  const [found] = await capacitiesAt(c.var.deps.db, p.id, key);
  if (!found) throw fail("capacity_not_found", key);
  return found;
}

async function confirmPage(c: Context<AppEnv>, p: ProjectRef, key: CapacityKey, refused = false) {
  const found = await capacity(c, p, key);
  const ref = await referenceNames(c.var.deps.db);
  const lang = c.var.lang;
  const error = refused ? fail("capacity_remove_unconfirmed", capacityNames(ref, key)) : undefined;
  return renderPage(
    c,
    t(lang, "removeTitle", { code: p.code }),
    <RemoveCapacityPage
      lang={lang}
      csrf={c.var.csrfToken}
      project={presentProjectRef(p)}
      reference={ref}
      capacity={found}
      error={error?.messageIn(lang)}
    />,
    refused ? 422 : undefined,
  );
}

export function registerCapacityRoutes(router: Router): void {
  router.page("POST", PATH, UPDATE, async (c) => {
    const p = await editable(c);
    const values: CapacityValues = await parseForm(c, capacityForm);
    try {
      await setCapacity(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), p, {
        material: values.matiere,
        stage: values.etape,
        country: values.pays,
        tonnesPerYear: values.tonnes,
      });
    } catch (e) {
      if (!(e instanceof AppError) || e.status !== 422) throw e;
      return renderPage(
        c,
        t(c.var.lang, "sectionTitle"),
        <>
          <h1>{c.var.lang === "fr" ? p.title_fr : p.title_en}</h1>
          <p class="error" role="alert">
            {e.messageIn(c.var.lang)}
          </p>
          {await impactSection({ c, project: p, values })}
        </>,
        422,
      );
    }
    return c.redirect(impactAnchor(c, p.code), 303);
  });

  router.page("GET", `${PATH}/retirer`, UPDATE, async (c) => {
    const p = await editable(c);
    return confirmPage(c, p, {
      material: c.req.query("matiere") ?? "",
      stage: c.req.query("etape") ?? "",
      country: c.req.query("pays") ?? "",
    });
  });

  router.page("POST", `${PATH}/retirer`, UPDATE, async (c) => {
    const p = await editable(c);
    const form = await parseForm(c, removeCapacityForm);
    const key = { material: form.matiere, stage: form.etape, country: form.pays };
    if (form.confirmer !== "oui") return confirmPage(c, p, key, true);
    await removeCapacity(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), p, key);
    return c.redirect(impactAnchor(c, p.code), 303);
  });
}
