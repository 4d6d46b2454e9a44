/** The impact section of a project page: per material and party view, HHI, SR and criticality. */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { engineErrorText } from "../../criticality/engine-error-text.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { CAPACITY_STAGES } from "./capacity-commands.ts";
import { type MaterialImpact, projectImpact } from "./compute.ts";
import { impactText as t } from "./messages.ts";
import { missingText, partyName } from "./present.ts";
import type { ProjectRef } from "./project-lookup.ts";

const n = (lang: Lang, v: number, d = 3) => formatNumber(lang, v, d);
const signed = (lang: Lang, v: number) =>
  `${v > 0 ? "+" : v < 0 ? "−" : ""}${n(lang, Math.abs(v))}`;

function MaterialTable(props: {
  lang: Lang;
  m: MaterialImpact;
  canEdit: boolean;
  code: string;
  csrf: string;
  names: Map<string, string>;
}) {
  const { lang, m } = props;
  const yesNo = (b: boolean) => t(lang, b ? "yes" : "no");
  return (
    <>
      <h3>{props.names.get(m.material) ?? m.material}</h3>
      <ul>
        {m.capacities.map((c) => (
          <li>
            {t(lang, "capacityLine", {
              stage: c.stage,
              country: c.country,
              tonnes: n(lang, c.tonnesPerYear, 0),
            })}
            {props.canEdit && (
              <form
                method="post"
                action={localisedPath(lang, `/cooperation/projets/${props.code}/capacites/retirer`)}
                class="inline"
              >
                <input type="hidden" name="_csrf" value={props.csrf} />
                <input type="hidden" name="matiere" value={m.material} />
                <input type="hidden" name="etape" value={c.stage} />
                <input type="hidden" name="pays" value={c.country} />
                <button type="submit" class="danger">
                  {t(lang, "remove")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, "party")}</th>
            <th scope="col">{t(lang, "hhi")}</th>
            <th scope="col">{t(lang, "sr")}</th>
            <th scope="col">{t(lang, "delta")}</th>
            <th scope="col">{t(lang, "critical")}</th>
          </tr>
        </thead>
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
                          stage: s.stage,
                          before: n(lang, s.hhi?.before ?? 0),
                          after: n(lang, s.hhi?.after ?? 0),
                        }),
                      )
                      .join(" ; ")}
                  </td>
                  <td class="num">
                    {n(lang, v.supplyRisk.before)} → {n(lang, v.supplyRisk.after)}
                  </td>
                  <td class="num">{signed(lang, v.supplyRisk.delta)}</td>
                  <td>
                    {yesNo(v.critical.before)} → {yesNo(v.critical.after)}
                  </td>
                </>
              ) : (
                <td colspan={4}>
                  {v.status === "missing_inputs"
                    ? t(lang, "missing", { inputs: missingText(lang, v.missing) })
                    : t(lang, "notApplicable", {
                        code: [engineErrorText(v.code, lang), ...Object.values(v.details)].join(
                          " : ",
                        ),
                      })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CapacityForm(props: { lang: Lang; code: string; csrf: string }) {
  const { lang } = props;
  return (
    <form
      method="post"
      action={localisedPath(lang, `/cooperation/projets/${props.code}/capacites`)}
      class="stacked"
    >
      <input type="hidden" name="_csrf" value={props.csrf} />
      <label for="cap-material">{t(lang, "material")}</label>
      <input id="cap-material" name="matiere" required placeholder="natural-graphite" />
      <label for="cap-stage">{t(lang, "stage")}</label>
      <select id="cap-stage" name="etape">
        {CAPACITY_STAGES.map((s) => (
          <option value={s}>{s}</option>
        ))}
      </select>
      <label for="cap-country">{t(lang, "country")}</label>
      <input id="cap-country" name="pays" required maxlength={3} placeholder="CAN" />
      <label for="cap-tonnes">{t(lang, "tonnes")}</label>
      <input id="cap-tonnes" name="tonnes" required inputmode="decimal" />
      <button type="submit">{t(lang, "add")}</button>
    </form>
  );
}

/** ProjectSection for the project page (src/cooperation/projects/sections.tsx). */
export async function impactSection(ctx: {
  c: Context<AppEnv>;
  project: ProjectRef;
}): Promise<Child> {
  const { c, project } = ctx;
  const lang = c.var.lang;
  const impacts = await projectImpact(c.var.deps.db, project.id);
  const names = new Map(
    (
      await c.var.deps.db.query<{ id: string; name: string }>(
        `SELECT id, CASE WHEN $2 = 'en' THEN name_en ELSE name_fr END AS name
           FROM materials WHERE id = ANY($1)`,
        [impacts.map((m) => m.material), lang],
      )
    ).map((r) => [r.id, r.name]),
  );
  const canEdit = c.var.deps.policy.can(c.var.actor, "update", "Project", project);
  return (
    <section aria-labelledby="impact-titre">
      <h2 id="impact-titre">{t(lang, "sectionTitle")}</h2>
      <p class="hint">{t(lang, "explain")}</p>
      {impacts.length === 0 && <p>{t(lang, "none")}</p>}
      {impacts.map((m) => (
        <MaterialTable
          lang={lang}
          m={m}
          canEdit={canEdit}
          code={project.code}
          csrf={c.var.csrfToken}
          names={names}
        />
      ))}
      {canEdit && <CapacityForm lang={lang} code={project.code} csrf={c.var.csrfToken} />}
    </section>
  );
}
