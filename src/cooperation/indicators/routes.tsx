/**
 * Indicator pages of a project: the values and charts, entry (POST) and deletion after
 * confirmation. Reading follows the project's visibility; writing needs
 * policy.authorize(actor, "update", "Project", {owner_party}), checked on the project row.
 */
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { findVisibleProject } from "../projects/queries.ts";
import { WithCode } from "../shared/code-text.tsx";
import { registerIndicatorsApi } from "./api-routes.ts";
import { deleteIndicatorValues, setIndicatorValues } from "./commands.ts";
import { indicatorLabel, indicatorText as t } from "./messages.ts";
import { deleteForm, indicatorForm } from "./schema.ts";
import { IndicatorsBody, indicatorsPath } from "./section.tsx";
import { requireIndicator, requireYear } from "./validate.ts";

const READ = access("read", "Project");
const UPDATE = access("update", "Project");
const PATH = "/cooperation/projets/:code/indicateurs";

async function project(c: Context<AppEnv>) {
  return findVisibleProject(c.var.deps.db, c.var.actor, c.req.param("code") ?? "");
}

async function editable(c: Context<AppEnv>) {
  const p = await project(c);
  c.var.deps.policy.authorize(c.var.actor, "update", "Project", p);
  return p;
}

async function page(
  c: Context<AppEnv>,
  extra: { formValues?: Record<string, string>; error?: string; notice?: string; status?: 422 },
) {
  const p = await project(c);
  const lang = c.var.lang;
  const title = t(lang, "pageTitle", { code: p.code });
  return renderPage(
    c,
    title,
    <>
      <h1>
        <WithCode text={title} code={p.code} />
      </h1>
      <p class="lead">{lang === "fr" ? p.title_fr : p.title_en}</p>
      {await IndicatorsBody({ c, project: p, withForm: true, ...extra })}
      <p>
        <a href={localisedPath(lang, `/cooperation/projets/${p.code}`)}>{t(lang, "back")}</a>
      </p>
    </>,
    extra.status,
  );
}

export function registerIndicators(router: Router): void {
  registerIndicatorsApi(router);
  router.page("GET", PATH, READ, (c) =>
    page(c, {
      notice:
        c.req.query("enregistre") === "1"
          ? t(c.var.lang, "saved")
          : c.req.query("supprime") === "1"
            ? t(c.var.lang, "deleted")
            : undefined,
    }),
  );

  router.page("POST", PATH, UPDATE, async (c) => {
    const p = await editable(c);
    const formValues = await parseForm(c, indicatorForm);
    try {
      const { conversions } = await setIndicatorValues(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        c.var.lang,
        p,
        {
          indicator: formValues.indicateur,
          year: formValues.annee,
          unit: formValues.unite,
          baseline: formValues.baseline,
          target: formValues.target,
          actual: formValues.actual,
        },
      );
      if (conversions.length === 0) {
        return c.redirect(`${indicatorsPath(c.var.lang, p.code)}?enregistre=1`, 303);
      }
      const notice = [
        t(c.var.lang, "saved"),
        ...conversions.map((x) => t(c.var.lang, "converted", x)),
      ].join(" ");
      return page(c, { notice });
    } catch (e) {
      if (!(e instanceof AppError) || e.status !== 422) throw e;
      return page(c, { formValues, error: e.messageIn(c.var.lang), status: 422 });
    }
  });

  router.page("GET", `${PATH}/supprimer`, UPDATE, async (c) => {
    const p = await editable(c);
    const lang = c.var.lang;
    const def = requireIndicator(c.req.query("indicateur") ?? "");
    const year = requireYear(c.req.query("annee") ?? "");
    const question = t(lang, "confirmDelete", { indicator: indicatorLabel(lang, def.id), year });
    return renderPage(
      c,
      question,
      <>
        <h1>{question}</h1>
        <form method="post" action={`${indicatorsPath(lang, p.code)}/supprimer`}>
          <Csrf token={c.var.csrfToken} />
          <input type="hidden" name="indicateur" value={def.id} />
          <input type="hidden" name="annee" value={String(year)} />
          <button type="submit" class="danger">
            {t(lang, "confirm")}
          </button>{" "}
          <a href={indicatorsPath(lang, p.code)}>{t(lang, "cancel")}</a>
        </form>
      </>,
    );
  });

  router.page("POST", `${PATH}/supprimer`, UPDATE, async (c) => {
    const p = await editable(c);
    const form = await parseForm(c, deleteForm);
    await deleteIndicatorValues(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      p,
      form.indicateur,
      form.annee,
    );
    return c.redirect(`${indicatorsPath(c.var.lang, p.code)}?supprime=1`, 303);
  });
}
