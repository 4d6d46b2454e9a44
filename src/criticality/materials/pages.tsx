import { raw } from "hono/html";
import { formatDate, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { labelledSvg } from "../../platform/web/svg-chart.ts";
import type { ViewCode } from "../../shared/party.ts";
import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import { exportText } from "../exports/messages.ts";
import {
  EU_PUBLISHED_SOURCE,
  type MatrixPoint,
  type PartyAssessment,
  VIEW_CODE_LIST,
} from "../web-kit/assessment.ts";
import { matrixChart } from "../web-kit/chart.ts";
import {
  basisLabel,
  inputLabel,
  listLabel,
  partyLabel,
  criticalityText as t,
  viewInSentence,
} from "../web-kit/messages.ts";
import { oneDecimal } from "../web-kit/number.ts";
import type { DatasetInfo, OfficialList } from "../web-kit/queries.ts";
import { GroupNote } from "./group-note.tsx";
import type { GroupIndex } from "./queries.ts";

export const SORTS = ["nom", "ra", "ie"] as const;
export type Sort = (typeof SORTS)[number];

const STAGE_NAMES: Record<string, { fr: string; en: string }> = {
  extraction: { fr: "extraction", en: "extraction" },
  processing: { fr: "transformation (raffinage)", en: "processing (refining)" },
};

type MatrixProps = {
  lang: Lang;
  party: ViewCode;
  sort: Sort;
  assessment: PartyAssessment;
  dataset: DatasetInfo;
  groups: GroupIndex;
};

export function MatrixPage({ lang, party, sort, assessment, dataset, groups }: MatrixProps) {
  return (
    <>
      <h1>{t(lang, "matrixTitle")}</h1>
      <p class="lead">{t(lang, "matrixLead")}</p>
      <p>
        <a href={localisedPath(lang, "/criticite/listes")}>{t(lang, "listsLink")}</a>
        {" · "}
        <a href={localisedPath(lang, "/criticite/comparer")}>{t(lang, "compareLink")}</a>
        {" · "}
        <a href={localisedPath(lang, "/criticite/complementarite")}>
          {t(lang, "complementarityLink")}
        </a>
      </p>
      <PartyForm lang={lang} party={party} sort={sort} />
      {assessment.status === "ok" ? (
        <Matrix
          lang={lang}
          party={party}
          sort={sort}
          points={assessment.points}
          dataset={dataset}
          groups={groups}
        />
      ) : (
        <section class="empty-state" aria-labelledby="manquant-titre">
          <h2 id="manquant-titre">{t(lang, "missingTitle")}</h2>
          <p>{t(lang, "missingLead", { party: partyLabel(lang, party) })}</p>
          <ul>
            {assessment.missing.map((m) => {
              const stage = m.stage ? (STAGE_NAMES[m.stage]?.[lang] ?? m.stage) : null;
              const n = formatNumber(lang, m.materials);
              const input = inputLabel(lang, m.input);
              return (
                <li>
                  {stage
                    ? t(lang, "missingItem", { input, stage, n })
                    : t(lang, "missingItemNoStage", { input, n })}
                </li>
              );
            })}
          </ul>
          <p>{t(lang, "missingHint")}</p>
        </section>
      )}
    </>
  );
}

function PartyForm({ lang, party, sort }: { lang: Lang; party: ViewCode; sort: Sort }) {
  return (
    <form method="get" action={localisedPath(lang, "/criticite")} class="filters party-form">
      <fieldset>
        <legend>{t(lang, "partyLegend")}</legend>
        <label for="partie">{t(lang, "partyLabel")}</label>
        <select id="partie" name="partie">
          {VIEW_CODE_LIST.map((p) => (
            <option value={p} selected={p === party}>
              {partyLabel(lang, p)}
            </option>
          ))}
        </select>
        <input type="hidden" name="tri" value={sort} />
        <button type="submit">{t(lang, "show")}</button>
      </fieldset>
    </form>
  );
}

const byName = (lang: Lang) => (a: MatrixPoint, b: MatrixPoint) =>
  a.row.name[lang].localeCompare(b.row.name[lang], lang);

function sorted(lang: Lang, points: readonly MatrixPoint[], sort: Sort): MatrixPoint[] {
  const name = byName(lang);
  const list = [...points];
  if (sort === "ra") return list.sort((a, b) => b.supplyRisk - a.supplyRisk || name(a, b));
  if (sort === "ie")
    return list.sort((a, b) => b.economicImportance - a.economicImportance || name(a, b));
  return list.sort(name);
}

function Matrix(props: {
  lang: Lang;
  party: ViewCode;
  sort: Sort;
  points: MatrixPoint[];
  dataset: DatasetInfo;
  groups: GroupIndex;
}) {
  const { lang, party, sort, points, dataset, groups } = props;
  const critical = points.filter((p) => p.critical);
  const strategic = critical.filter((p) => p.basis === "strategic");
  const n1 = (v: number) => oneDecimal(lang, v);
  const chart = matrixChart(lang, points);
  const svg = labelledSvg(
    chart.svg,
    "matrice",
    t(lang, "chartTitle", { view: viewInSentence(lang, party) }),
    t(lang, "chartDesc", {
      n: formatNumber(lang, points.length),
      ei: n1(EU_THRESHOLDS_2023.economicImportance),
      sr: n1(EU_THRESHOLDS_2023.supplyRisk),
      critical: formatNumber(lang, critical.length),
      strategic: formatNumber(lang, strategic.length),
    }),
  );
  const sortLink = (s: Sort) => `${localisedPath(lang, "/criticite")}?partie=${party}&tri=${s}`;
  const header = (s: Sort, label: string, abbr?: string) => (
    <th scope="col" aria-sort={sort === s ? (s === "nom" ? "ascending" : "descending") : undefined}>
      <a href={sortLink(s)} aria-label={t(lang, "sortBy", { col: abbr ?? label })}>
        {abbr ? <abbr title={abbr}>{label}</abbr> : label}
      </a>
    </th>
  );
  return (
    <div class="matrix">
      <div class="matrix-chart">
        <figure class="chart" aria-labelledby="matrice-legende">
          {raw(svg)}
          <figcaption id="matrice-legende">
            {t(lang, "source", {
              source: EU_PUBLISHED_SOURCE,
              vintage: dataset.vintage,
              file: dataset.fileName,
              date: formatDate(lang, dataset.importedAt),
              sr: n1(EU_THRESHOLDS_2023.supplyRisk),
              ei: n1(EU_THRESHOLDS_2023.economicImportance),
            })}
          </figcaption>
        </figure>
        <UnlabelledList lang={lang} points={chart.unlabelled} />
      </div>
      <Downloads lang={lang} path="/api/v1/criticality/assessments/export" query={{ party }} />
      <div class="table-wrap">
        <table class="data-table matrix-table">
          <caption>
            {t(lang, "tableCaption", {
              n: formatNumber(lang, points.length),
              critical: formatNumber(lang, critical.length),
            })}
          </caption>
          <thead>
            <tr>
              {header("nom", t(lang, "colMaterial"))}
              {header("ra", t(lang, "colSr"), t(lang, "srAbbr"))}
              {header("ie", t(lang, "colEi"), t(lang, "eiAbbr"))}
              <th scope="col">{t(lang, "colStage")}</th>
              <th scope="col">{t(lang, "colStages")}</th>
              <th scope="col">{t(lang, "colBasis")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted(lang, points, sort).map((p) => (
              <tr id={`matiere-${p.row.materialId}`} class={`basis-${p.basis ?? "none"}`}>
                <th scope="row">
                  <MaterialLink lang={lang} id={p.row.materialId} name={p.row.name[lang]} />
                  <GroupNote lang={lang} id={p.row.materialId} index={groups} />
                </th>
                <td class="num">{n1(p.supplyRisk)}</td>
                <td class="num">{n1(p.economicImportance)}</td>
                <td>{bottleneckLabel(lang, p)}</td>
                <td>
                  <StagesCell lang={lang} p={p} />
                </td>
                <td class="basis">
                  {p.insufficientData ? t(lang, "insufficientData") : basisLabel(lang, p.basis)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The critical points the chart had no room to label, so that every one is named somewhere. */
function UnlabelledList({ lang, points }: { lang: Lang; points: MatrixPoint[] }) {
  if (points.length === 0) return null;
  const n1 = (v: number) => oneDecimal(lang, v);
  return (
    <aside class="matrix-unlabelled" aria-labelledby="non-etiquetees-titre">
      <h2 id="non-etiquetees-titre">{t(lang, "unlabelledTitle")}</h2>
      <ul>
        {[...points].sort(byName(lang)).map((p) => (
          <li>
            <a href={`#matiere-${p.row.materialId}`}>
              {t(lang, "unlabelledItem", {
                name: p.row.name[lang],
                sr: n1(p.supplyRisk),
                ei: n1(p.economicImportance),
              })}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The view's bottleneck stage, marked when its SR is the EU's published one. */
function bottleneckLabel(lang: Lang, p: MatrixPoint): string {
  const stage = p.stages.find((s) => s.stage === p.bottleneckStage);
  if (!stage) return p.row.stage?.label[lang] ?? "—";
  const name = t(lang, stage.stage === "extraction" ? "stageExtraction" : "stageProcessing");
  return stage.provenance === "published" ? t(lang, "publishedMark", { stage: name }) : name;
}

/** Every stage's SR with its provenance: computed from USGS, published by the EU, or missing. */
function StagesCell({ lang, p }: { lang: Lang; p: MatrixPoint }) {
  return (
    <ul class="stage-list">
      {p.stages.map((s) => (
        <li>
          {t(lang, s.stage === "extraction" ? "stageExtraction" : "stageProcessing")}{" "}
          {s.supplyRisk === null ? "—" : oneDecimal(lang, s.supplyRisk)}{" "}
          <span class={`provenance provenance-${s.provenance}`}>
            ({t(lang, PROVENANCE_KEYS[s.provenance])})
          </span>
        </li>
      ))}
    </ul>
  );
}

const PROVENANCE_KEYS = {
  computed: "provComputed",
  published: "provPublished",
  missing: "provMissing",
} as const;

export function ListsPage({
  lang,
  lists,
  groups,
}: {
  lang: Lang;
  lists: OfficialList[];
  groups: GroupIndex;
}) {
  const materials = new Map<string, { fr: string; en: string }>();
  for (const l of lists) for (const m of l.members) materials.set(m.materialId, m.name);
  const rows = [...materials.entries()].sort(([, a], [, b]) =>
    a[lang].localeCompare(b[lang], lang),
  );
  const index = lists.map((l) => new Map(l.members.map((m) => [m.materialId, m])));
  return (
    <>
      <h1>{t(lang, "listsTitle")}</h1>
      <p class="lead">{t(lang, "listsLead")}</p>
      <p>
        <a href={localisedPath(lang, "/criticite")}>{t(lang, "matrixLink")}</a>
      </p>
      <p>{t(lang, "listsNote")}</p>
      <Downloads lang={lang} path="/api/v1/criticality/lists/export" />
      <div class="table-wrap">
        <table class="data-table lists-table">
          <caption>
            {t(lang, "listsCaption", {
              n: formatNumber(lang, rows.length),
              lists: formatNumber(lang, lists.length),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "colMaterial")}</th>
              {lists.map((l) => (
                <th scope="col" id={`liste-${l.id}`}>
                  {listLabel(lang, l.id)}
                  <br />
                  <span class="list-count">
                    {t(lang, "listCount", { n: formatNumber(lang, l.members.length) })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, name]) => (
              <tr id={`matiere-${id}`}>
                <th scope="row">
                  <MaterialLink lang={lang} id={id} name={name[lang]} />
                  <GroupNote lang={lang} id={id} index={groups} />
                </th>
                {index.map((members) => {
                  const m = members.get(id);
                  if (!m)
                    return (
                      <td class="mark">
                        <span class="visually-hidden">{t(lang, "notListed")}</span>
                      </td>
                    );
                  const strategic = m.strategic === true;
                  return (
                    <td class={strategic ? "mark strategic" : "mark"}>
                      <span aria-hidden="true">{strategic ? "★" : "✓"}</span>
                      <span class="visually-hidden">
                        {t(lang, strategic ? "listedStrategic" : "listed")}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** « Télécharger : CSV · XLSX », links to an export endpoint in the page's language. */
function Downloads(p: { lang: Lang; path: string; query?: Record<string, string> }) {
  const href = (format: string) => {
    const params = new URLSearchParams({ format, ...p.query });
    if (p.lang !== "fr") params.set("lang", p.lang);
    return `${p.path}?${params}`;
  };
  return (
    <p class="downloads">
      {exportText(p.lang, "download")}{" "}
      <a href={href("csv")} type="text/csv" download>
        {exportText(p.lang, "downloadCsv")}
      </a>
      {" · "}
      <a
        href={href("xlsx")}
        type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        download
      >
        {exportText(p.lang, "downloadXlsx")}
      </a>
    </p>
  );
}

/** A material's name, linking to its factsheet. */
function MaterialLink(p: { lang: Lang; id: string; name: string }) {
  return (
    <a href={localisedPath(p.lang, `/criticite/matieres/${encodeURIComponent(p.id)}`)}>{p.name}</a>
  );
}
