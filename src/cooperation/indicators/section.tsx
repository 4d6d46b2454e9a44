/**
 * The indicators section of a project page: per indicator, its trajectory chart and the same
 * values as a table (what screen readers and printouts use), then the entry form for those
 * allowed to edit the project.
 */
import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../platform/http/types.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import type { ProjectRef } from "../projects/queries.ts";
import { INDICATORS } from "./catalogue.ts";
import { trajectorySvg } from "./chart.ts";
import { allowedUnits, indicatorLabel, indicatorText as t, unitLabel } from "./messages.ts";
import { type IndicatorSeries, indicatorSeries } from "./queries.ts";

/** Exact decimal text in the reader's convention: « 12 345,6 » / "12,345.6". */
export function formatDecimal(lang: Lang, value: string | null): string {
  if (value === null) return "—";
  const [int = "", frac] = value.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? "\u202f" : ",");
  return frac ? `${grouped}${lang === "fr" ? "," : "."}${frac}` : grouped;
}

export const indicatorsPath = (lang: Lang, code: string) =>
  localisedPath(lang, `/cooperation/projets/${code}/indicateurs`);

function SeriesBlock(props: { lang: Lang; s: IndicatorSeries; code: string; canEdit: boolean }) {
  const { lang, s } = props;
  const label = indicatorLabel(lang, s.indicator);
  const id = `indicateur-${s.indicator}`;
  return (
    <section class="indicator" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{label}</h3>
      <figure class="chart">{raw(trajectorySvg(lang, s, id))}</figure>
      <table>
        <caption>
          {t(lang, "tableCaption", { indicator: label, unit: unitLabel(lang, s.unit) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "year")}</th>
            <th scope="col" class="num">
              {t(lang, "baseline")}
            </th>
            <th scope="col" class="num">
              {t(lang, "target")}
            </th>
            <th scope="col" class="num">
              {t(lang, "actual")}
            </th>
            {props.canEdit && <td />}
          </tr>
        </thead>
        <tbody>
          {s.values.map((v) => (
            <tr>
              <th scope="row">{v.year}</th>
              <td class="num">{formatDecimal(lang, v.baseline)}</td>
              <td class="num">{formatDecimal(lang, v.target)}</td>
              <td class="num">{formatDecimal(lang, v.actual)}</td>
              {props.canEdit && (
                <td>
                  <a
                    href={`${indicatorsPath(lang, props.code)}/supprimer?indicateur=${s.indicator}&annee=${v.year}`}
                  >
                    {t(lang, "delete")}
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function IndicatorForm(props: {
  lang: Lang;
  code: string;
  csrf: string;
  values?: Record<string, string>;
}) {
  const { lang } = props;
  const v = props.values ?? {};
  return (
    <form method="post" action={indicatorsPath(lang, props.code)} class="stacked">
      <h3>{t(lang, "formTitle")}</h3>
      <p class="hint">{t(lang, "formHelp")}</p>
      <Csrf token={props.csrf} />
      <label for="ind-indicator">{t(lang, "indicator")}</label>
      <select id="ind-indicator" name="indicateur" required>
        {INDICATORS.map((d) => (
          <option value={d.id} selected={v.indicateur === d.id}>
            {indicatorLabel(lang, d.id)} — {t(lang, "allowed", { units: allowedUnits(lang, d) })}
          </option>
        ))}
      </select>
      <label for="ind-year">{t(lang, "year")}</label>
      <input
        id="ind-year"
        name="annee"
        type="number"
        min="1990"
        max="2100"
        required
        value={v.annee ?? ""}
      />
      <label for="ind-unit">{t(lang, "unit")}</label>
      <input id="ind-unit" name="unite" required value={v.unite ?? ""} />
      {(["baseline", "target", "actual"] as const).map((k) => (
        <>
          <label for={`ind-${k}`}>{t(lang, k)}</label>
          <input id={`ind-${k}`} name={k} inputmode="decimal" value={v[k] ?? ""} />
        </>
      ))}
      <button type="submit">{t(lang, "save")}</button>
    </form>
  );
}

/** The body shared by the project page section and the indicators page. */
export async function IndicatorsBody(props: {
  c: Context<AppEnv>;
  project: ProjectRef;
  withForm: boolean;
  formValues?: Record<string, string>;
  error?: string;
  notice?: string;
}): Promise<Child> {
  const { c, project } = props;
  const lang = c.var.lang;
  const series = await indicatorSeries(c.var.deps.db, project.id);
  const canEdit = c.var.deps.policy.can(c.var.actor, "update", "Project", project);
  return (
    <>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {series.length === 0 && <p>{t(lang, "none")}</p>}
      {series.map((s) => (
        <SeriesBlock lang={lang} s={s} code={project.code} canEdit={canEdit} />
      ))}
      {canEdit && props.withForm && (
        <>
          {props.error && (
            <p class="error" role="alert">
              {props.error}
            </p>
          )}
          <IndicatorForm
            lang={lang}
            code={project.code}
            csrf={c.var.csrfToken}
            values={props.formValues}
          />
        </>
      )}
      {canEdit && !props.withForm && (
        <p>
          <a href={indicatorsPath(lang, project.code)}>{t(lang, "manage")}</a>
        </p>
      )}
    </>
  );
}

/** ProjectSection for the project page (src/cooperation/projects/sections.ts). */
export async function indicatorsSection(ctx: {
  c: Context<AppEnv>;
  project: ProjectRef;
}): Promise<Child> {
  return (
    <section aria-labelledby="indicateurs-titre">
      <h2 id="indicateurs-titre">{t(ctx.c.var.lang, "sectionTitle")}</h2>
      {await IndicatorsBody({ c: ctx.c, project: ctx.project, withForm: false })}
    </section>
  );
}
