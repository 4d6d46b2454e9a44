/** The impact section of a project page: per material and party view, HHI, SR and criticality. */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { engineErrorText } from "../../criticality/web-kit/engine-error-text.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatChange, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { TableHead } from "../../platform/web/table-head.tsx";
import type { ProjectRef } from "../projects/queries.ts";
import { capacityChoices, nameIn, type Reference, referenceNames } from "./capacity-choices.ts";
import { CapacityForm, type CapacityValues } from "./capacity-form.tsx";
import { type MaterialImpact, projectImpact } from "./compute.ts";
import { impactText as t } from "./messages.ts";
import { missingText, partyName } from "./present.ts";

const n = (lang: Lang, v: number, d = 3) => formatNumber(lang, v, d);

type Unavailable = { code: string; details: Record<string, unknown> };

/** Why the engine refused a view's change, in words. */
function notApplicable(lang: Lang, v: Unavailable): string {
  return t(lang, "notApplicable", {
    code: [engineErrorText(v.code, lang), ...Object.values(v.details)].join(" : "),
  });
}

/** The confirmation page of a removal (GET), which the POST then carries out. */
function removeHref(lang: Lang, code: string, key: Record<string, string>): string {
  const query = new URLSearchParams(key).toString();
  return `${localisedPath(lang, `/cooperation/projets/${code}/capacites/retirer`)}?${query}`;
}

/** One sentence for the capacities the assessment does not cover (the same in every view). */
function UnassessedNote(props: { lang: Lang; m: MaterialImpact; reference: Reference }) {
  const { lang, m, reference: ref } = props;
  const view = m.views.find((v) => v.status === "ok" && v.unassessed.length > 0);
  if (view?.status !== "ok") return null;
  const stages = view.stages.map((s) => nameIn(ref.stages, s.stage, lang)).join(", ");
  const capacities = view.unassessed
    .map((u) =>
      t(lang, "unassessedCapacity", {
        stage: nameIn(ref.stages, u.stage, lang),
        country: nameIn(ref.countries, u.country, lang),
        tonnes: n(lang, u.tonnesPerYear, 0),
      }),
    )
    .join(", ");
  return (
    <p class="hint">
      {t(lang, "unassessedNote", {
        material: nameIn(ref.materials, m.material, lang),
        stages,
        capacities,
      })}
    </p>
  );
}

function MaterialTable(props: {
  lang: Lang;
  m: MaterialImpact;
  canEdit: boolean;
  code: string;
  reference: Reference;
}) {
  const { lang, m, reference: ref } = props;
  const yesNo = (b: boolean) => t(lang, b ? "yes" : "no");
  const material = nameIn(ref.materials, m.material, lang);
  return (
    <>
      {/* Reference names are lower case, made to sit inside sentences. */}
      <h3>{material.charAt(0).toLocaleUpperCase(lang) + material.slice(1)}</h3>
      <ul>
        {m.capacities.map((c) => {
          const stage = nameIn(ref.stages, c.stage, lang);
          const country = nameIn(ref.countries, c.country, lang);
          return (
            <li>
              {t(lang, "capacityLine", { stage, country, tonnes: n(lang, c.tonnesPerYear, 0) })}{" "}
              {props.canEdit && (
                <a
                  href={removeHref(lang, props.code, {
                    matiere: m.material,
                    etape: c.stage,
                    pays: c.country,
                  })}
                  aria-label={t(lang, "removeLabel", { material, stage, country })}
                >
                  {t(lang, "remove")}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <table>
        <TableHead
          columns={[
            t(lang, "party"),
            t(lang, "hhi"),
            { text: t(lang, "sr"), num: true },
            { text: t(lang, "delta"), num: true },
            t(lang, "critical"),
          ]}
        />
        <tbody>
          {m.views.map((v) => (
            <tr>
              <th scope="row">{partyName(lang, v.party)}</th>
              {v.status === "ok" ? (
                <>
                  <td>
                    {v.stages
                      .filter((s) => s.hhi)
                      .map((s) =>
                        t(lang, "hhiLine", {
                          stage: nameIn(ref.stages, s.stage, lang),
                          before: n(lang, s.hhi?.before ?? 0),
                          after: n(lang, s.hhi?.after ?? 0),
                        }),
                      )
                      .join(" ; ")}
                  </td>
                  <td class="num">
                    {n(lang, v.supplyRisk.before)} → {n(lang, v.supplyRisk.after)}
                  </td>
                  <td class="num">{formatChange(lang, v.supplyRisk.delta, 3)}</td>
                  <td>
                    {yesNo(v.critical.before)} → {yesNo(v.critical.after)}
                  </td>
                </>
              ) : (
                <td colspan={4}>
                  {v.status === "missing_inputs"
                    ? t(lang, "missing", { inputs: missingText(lang, v.missing) })
                    : notApplicable(lang, v)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <UnassessedNote lang={lang} m={m} reference={ref} />
    </>
  );
}

/**
 * ProjectSection for the project page (src/cooperation/projects/sections.ts); `values` redraws
 * the capacity form as sent after a refusal.
 */
export async function impactSection(ctx: {
  c: Context<AppEnv>;
  project: ProjectRef;
  values?: CapacityValues;
}): Promise<Child> {
  const { c, project } = ctx;
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const [impacts, ref] = await Promise.all([projectImpact(db, project.id), referenceNames(db)]);
  const canEdit = c.var.deps.policy.can(c.var.actor, "update", "Project", project);
  const choices = canEdit ? await capacityChoices(db, ref, project.id, lang) : undefined;
  return (
    <section aria-labelledby="impact-titre">
      <h2 id="impact-titre">{t(lang, "sectionTitle")}</h2>
      <p class="hint">{t(lang, "explain")}</p>
      {impacts.length === 0 && <p>{t(lang, "none")}</p>}
      {impacts.map((m) => (
        <MaterialTable lang={lang} m={m} canEdit={canEdit} code={project.code} reference={ref} />
      ))}
      {choices && (
        <CapacityForm
          lang={lang}
          code={project.code}
          csrf={c.var.csrfToken}
          choices={choices}
          values={ctx.values}
        />
      )}
    </section>
  );
}
