/** The parties compared for one material (FR /criticite/comparer, EN /en/criticite/comparer). */
import { type Lang, localisedPath, messages } from "../../platform/i18n/i18n.ts";
import { GroupsLine, ViewsSection } from "../material-views/views.tsx";
import { percent } from "../web-kit/format.ts";
import type { Comparison } from "./queries.ts";

export const compareText = messages({
  title: { fr: "Comparer les parties", en: "Compare the parties" },
  titleOf: { fr: "Comparer les parties : {name}", en: "Compare the parties: {name}" },
  lead: {
    fr: "Les trois points de vue côte à côte : le RA de chaque étape et sa provenance, l’étape goulot, les principaux producteurs, la part du Canada et de l’UE-27, et, avec les flux commerciaux, les fournisseurs de chaque partie et ce qu’ils ont en commun. Les chiffres sont ceux de la fiche et de la matrice.",
    en: "The three views side by side: each stage’s SR and provenance, the bottleneck, the main producers, Canada’s and the EU-27’s shares and, with trade flows, each party’s suppliers and what they share. The figures are the factsheet’s and the matrix’s.",
  },
  material: { fr: "Matière", en: "Material" },
  show: { fr: "Comparer", en: "Compare" },
  choose: { fr: "Choisir une matière", en: "Choose a material" },
  factsheet: { fr: "Fiche de la matière", en: "Material factsheet" },
  matrix: { fr: "Matrice de criticité", en: "Criticality matrix" },
  notInTable: {
    fr: "{name} ne figure pas dans l’évaluation de l’UE 2023 : aucun point de vue ne peut être calculé.",
    en: "{name} is not in the EU 2023 assessment: no view can be computed.",
  },
  supplyTitle: { fr: "Qui produit", en: "Who produces" },
  noSupply: {
    fr: "Aucune série de production USGS pour les étapes évaluées : les RA sont ceux publiés par l’UE.",
    en: "No USGS production series for the assessed stages: the SRs are the EU’s published ones.",
  },
  supplyCaption: {
    fr: "Principaux producteurs — {stage} ({source})",
    en: "Main producers — {stage} ({source})",
  },
  extraction: { fr: "extraction", en: "extraction" },
  processing: { fr: "transformation", en: "processing" },
  colCountry: { fr: "Pays", en: "Country" },
  colShare: { fr: "Part de l’offre mondiale", en: "Share of world supply" },
  other: { fr: "Autres pays (non détaillés)", en: "Other countries (not itemised)" },
  own: {
    fr: "Production propre : Canada {canada} ; UE-27 {eu}.",
    en: "Own production: Canada {canada}; EU-27 {eu}.",
  },
  notNamed: { fr: "non nommé par l’USGS", en: "not named by the USGS" },
  tradeTitle: { fr: "Fournisseurs de chaque partie", en: "Each party’s suppliers" },
  tradeCaption: {
    fr: "Principaux fournisseurs — {party} ({source}, {year})",
    en: "Main suppliers — {party} ({source}, {year})",
  },
  colImports: { fr: "Part des importations", en: "Share of imports" },
  "quebec-canada": { fr: "Canada", en: "Canada" },
  "france-eu": { fr: "UE-27 (hors échanges entre membres)", en: "EU-27 (extra-EU trade)" },
  overlap: {
    fr: "Recouvrement des sources : {overlap} (0 % : aucun fournisseur commun ; 100 % : les mêmes dans les mêmes proportions). Fournisseurs communs : {common}.",
    en: "Overlap of sources: {overlap} (0%: no supplier in common; 100%: the same in the same proportions). Suppliers in common: {common}.",
  },
  tradeNeeded: {
    fr: "Les fournisseurs de chaque partie et leur recouvrement demandent les flux commerciaux {dataset}, non livrés avec Alliage ; un administrateur les charge avec « {command} FICHIER.csv ».",
    en: "Each party’s suppliers and their overlap need the {dataset} trade flows, not shipped with Alliage; an administrator loads them with “{command} FILE.csv”.",
  },
});
const t = compareText;

type Option = { id: string; name: string };

export function ComparePage(p: { lang: Lang; options: Option[]; c: Comparison | null }) {
  const { lang, c } = p;
  const factsheet =
    c && localisedPath(lang, `/criticite/matieres/${encodeURIComponent(c.material.id)}`);
  return (
    <>
      <h1>{c ? t(lang, "titleOf", { name: c.material.name[lang] }) : t(lang, "title")}</h1>
      <p class="lead">{t(lang, "lead")}</p>
      <MaterialForm lang={lang} options={p.options} selected={c?.material.id ?? null} />
      <p>
        {factsheet && (
          <>
            <a href={factsheet}>{t(lang, "factsheet")}</a>
            {" · "}
          </>
        )}
        <a href={localisedPath(lang, "/criticite")}>{t(lang, "matrix")}</a>
      </p>
      {c && <GroupsLine lang={lang} g={c.groups} />}
      {c && c.views.length === 0 && (
        <p class="empty-state">{t(lang, "notInTable", { name: c.material.name[lang] })}</p>
      )}
      {c && <ViewsSection lang={lang} views={c.views} />}
      {c && c.views.length > 0 && <Supply lang={lang} c={c} />}
      {c && c.views.length > 0 && <Trade lang={lang} c={c} />}
    </>
  );
}

function MaterialForm(p: { lang: Lang; options: Option[]; selected: string | null }) {
  const { lang } = p;
  return (
    <form method="get" action={localisedPath(lang, "/criticite/comparer")} class="filters">
      <label for="matiere">{t(lang, "material")}</label>
      <select id="matiere" name="matiere" required>
        <option value="">{t(lang, "choose")}</option>
        {p.options.map((o) => (
          <option value={o.id} selected={o.id === p.selected}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="submit">{t(lang, "show")}</button>
    </form>
  );
}

function ShareTable(p: {
  lang: Lang;
  caption: string;
  col: string;
  rows: { name: string; share: number }[];
}) {
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(p.lang, "colCountry")}</th>
            <th scope="col">{p.col}</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr>
              <th scope="row">{r.name}</th>
              <td class="num">{percent(p.lang, r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Supply({ lang, c }: { lang: Lang; c: Comparison }) {
  const share = (v: number | null) => (v === null ? t(lang, "notNamed") : percent(lang, v));
  return (
    <section aria-labelledby="offre-titre">
      <h2 id="offre-titre">{t(lang, "supplyTitle")}</h2>
      {c.supply.length === 0 && <p class="empty-state">{t(lang, "noSupply")}</p>}
      {c.supply.map((s) => (
        <>
          <ShareTable
            lang={lang}
            caption={t(lang, "supplyCaption", { stage: t(lang, s.stage), source: s.source })}
            col={t(lang, "colShare")}
            rows={[
              ...s.producers.map((x) => ({ name: x.name[lang], share: x.share })),
              ...(s.residualShare > 0 ? [{ name: t(lang, "other"), share: s.residualShare }] : []),
            ]}
          />
          <p>{t(lang, "own", { canada: share(s.canadaShare), eu: share(s.euShare) })}</p>
        </>
      ))}
    </section>
  );
}

function Trade({ lang, c }: { lang: Lang; c: Comparison }) {
  return (
    <section aria-labelledby="commerce-titre">
      <h2 id="commerce-titre">{t(lang, "tradeTitle")}</h2>
      {c.trade ? (
        <>
          {c.trade.parties.map((p) => (
            <ShareTable
              lang={lang}
              caption={t(lang, "tradeCaption", {
                party: t(lang, p.party),
                source: p.source,
                year: String(p.year),
              })}
              col={t(lang, "colImports")}
              rows={p.suppliers.map((x) => ({ name: x.name[lang], share: x.share }))}
            />
          ))}
          <p>
            {t(lang, "overlap", {
              overlap: c.trade.overlap === null ? "—" : percent(lang, c.trade.overlap),
              common: c.trade.common.join(", ") || "—",
            })}
          </p>
        </>
      ) : (
        c.tradeNeeded && <p class="empty-state">{t(lang, "tradeNeeded", c.tradeNeeded)}</p>
      )}
    </section>
  );
}
