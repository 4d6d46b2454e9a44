/** The factsheet's "Supply risk by view" section and its groups line (LREE/HREE, PGM…). */
import { type Lang, localisedPath, messages } from "../../platform/i18n/i18n.ts";
import { percent } from "../web-kit/format.ts";
import { oneDecimal } from "../web-kit/number.ts";
import type { FactsheetGroups, FactsheetViews } from "./queries.ts";

const t = messages({
  viewsTitle: { fr: "Risque d’approvisionnement par point de vue", en: "Supply risk by view" },
  viewsLead: {
    fr: "Méthode de l’UE ; chaque étape est calculée à partir de la production USGS ou, sans série, reprend le RA publié par l’UE. Le RA de la matière est celui de l’étape goulot. « Autres pays » n’est jamais compté comme un seul producteur (docs/criticality-methods.md).",
    en: "EU method; each stage is computed from USGS production or, without a series, takes the EU’s published SR. The material’s SR is its bottleneck stage’s. “Other countries” is never counted as one producer (docs/criticality-methods.md).",
  },
  viewsCaption: { fr: "RA par point de vue et par étape", en: "SR by view and stage" },
  colView: { fr: "Point de vue", en: "View" },
  colSr: { fr: "RA", en: "SR" },
  colCritical: { fr: "Critique", en: "Critical" },
  colStages: {
    fr: "Étapes (RA, provenance, part « Autres pays »)",
    en: "Stages (SR, provenance, “Other countries” share)",
  },
  global: { fr: "mondial", en: "global" },
  "quebec-canada": { fr: "Québec–Canada", en: "Québec–Canada" },
  "france-eu": { fr: "France–UE", en: "France–EU" },
  extraction: { fr: "extraction", en: "extraction" },
  processing: { fr: "transformation", en: "processing" },
  manufacturing: { fr: "fabrication", en: "manufacturing" },
  recycling: { fr: "recyclage", en: "recycling" },
  computed: { fr: "calculé", en: "computed" },
  published: { fr: "publié par l’UE", en: "published by the EU" },
  missing: { fr: "manquant", en: "missing" },
  yes: { fr: "oui", en: "yes" },
  no: { fr: "non", en: "no" },
  insufficient: { fr: "données insuffisantes", en: "insufficient data" },
  notAssessed: { fr: "non calculable", en: "cannot be computed" },
  memberOf: { fr: "Membre du groupe", en: "Member of the group" },
  members: { fr: "Membres du groupe", en: "Members of the group" },
});

const link = (lang: Lang, m: { id: string; name: { fr: string; en: string } }) => (
  <a href={localisedPath(lang, `/criticite/matieres/${m.id}`)}>{m.name[lang]}</a>
);

const joined = (lang: Lang, list: { id: string; name: { fr: string; en: string } }[]) =>
  list.map((m, i) => (
    <>
      {i > 0 ? ", " : ""}
      {link(lang, m)}
    </>
  ));

export function GroupsLine({ lang, g }: { lang: Lang; g: FactsheetGroups }) {
  const colon = lang === "fr" ? " : " : ": ";
  return (
    <>
      {g.memberOf.map((grp) => (
        <p class="factsheet-groups">
          {t(lang, "memberOf")} {link(lang, grp)}
          {colon}
          {joined(lang, grp.members)}.
        </p>
      ))}
      {g.members.length > 0 && (
        <p class="factsheet-groups">
          {t(lang, "members")}
          {colon}
          {joined(lang, g.members)}.
        </p>
      )}
    </>
  );
}

export function ViewsSection({ lang, views }: { lang: Lang; views: FactsheetViews }) {
  if (views.length === 0) return null;
  return (
    <section aria-labelledby="points-de-vue-titre">
      <h2 id="points-de-vue-titre">{t(lang, "viewsTitle")}</h2>
      <p>{t(lang, "viewsLead")}</p>
      <div class="table-wrap">
        <table class="data-table factsheet-views">
          <caption>{t(lang, "viewsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "colView")}</th>
              <th scope="col">{t(lang, "colSr")}</th>
              <th scope="col">{t(lang, "colCritical")}</th>
              <th scope="col">{t(lang, "colStages")}</th>
            </tr>
          </thead>
          <tbody>
            {views.map((v) => (
              <tr data-party={v.party}>
                <th scope="row">{t(lang, v.party)}</th>
                <td class="num">{v.supplyRisk === null ? "—" : oneDecimal(lang, v.supplyRisk)}</td>
                <td>
                  {v.status !== "ok"
                    ? t(lang, "notAssessed")
                    : v.insufficientData
                      ? t(lang, "insufficient")
                      : t(lang, v.critical ? "yes" : "no")}
                </td>
                <td>
                  {v.stages
                    .map((s) =>
                      [
                        `${t(lang, s.stage)}${s.stage === v.bottleneckStage ? " ★" : ""}`,
                        s.supplyRisk === null ? "—" : oneDecimal(lang, s.supplyRisk),
                        t(lang, s.provenance),
                        s.residualShare === null ? null : percent(lang, s.residualShare),
                      ]
                        .filter((x) => x !== null)
                        .join(" · "),
                    )
                    .join(lang === "fr" ? "\u202f; " : "; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
