/** Complementarity across materials (FR /criticite/complementarite, EN /en/criticite/complementarite). */
import { raw } from "hono/html";
import { formatChange, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { labelledSvg } from "../../platform/web/svg-chart.ts";
import { exportText } from "../exports/messages.ts";
import type { ExportTable } from "../exports/table.ts";
import { percent, unitLabel } from "../web-kit/format.ts";
import { CHART_ROWS, complementaritySvg } from "./chart.ts";
import { complementarityText as t } from "./messages.ts";
import {
  BOTTLENECK_PUBLISHED,
  type Complementarity,
  type ComplementarityRow,
  WORLD_SUPPLY_ONLY,
} from "./queries.ts";

const signed = (lang: Lang, v: number | null) => (v === null ? null : formatChange(lang, v, 2));

export function ComplementarityPage({ lang, c }: { lang: Lang; c: Complementarity }) {
  const n = Math.min(CHART_ROWS, c.rows.length);
  return (
    <>
      <h1>{t(lang, "title")}</h1>
      <p class="lead">{t(lang, "lead")}</p>
      <p>{t(lang, "method")}</p>
      <p>
        <a href={localisedPath(lang, "/criticite/comparer")}>{t(lang, "compare")}</a>
        {" · "}
        <a href={localisedPath(lang, "/criticite")}>{t(lang, "matrix")}</a>
      </p>
      {c.rows.length === 0 ? (
        <p class="empty-state">{t(lang, "empty")}</p>
      ) : (
        <>
          <figure class="chart">
            {raw(
              labelledSvg(
                complementaritySvg(lang, c.rows),
                "complementarite",
                t(lang, "chartTitle", { n: formatNumber(lang, n) }),
                t(lang, "chartDesc"),
              ),
            )}
          </figure>
          <Downloads lang={lang} />
          <Table lang={lang} rows={c.rows} />
        </>
      )}
    </>
  );
}

function Downloads({ lang }: { lang: Lang }) {
  const href = (format: string) =>
    `/api/v1/criticality/complementarity/export?format=${format}${lang === "fr" ? "" : `&lang=${lang}`}`;
  return (
    <p class="downloads">
      {exportText(lang, "download")}{" "}
      <a href={href("csv")} download>
        {exportText(lang, "downloadCsv")}
      </a>
      {" · "}
      <a href={href("xlsx")} download>
        {exportText(lang, "downloadXlsx")}
      </a>
    </p>
  );
}

function Table({ lang, rows }: { lang: Lang; rows: ComplementarityRow[] }) {
  const compare = (id: string) =>
    `${localisedPath(lang, "/criticite/comparer")}?matiere=${encodeURIComponent(id)}`;
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption>{t(lang, "caption", { n: formatNumber(lang, rows.length) })}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t(lang, "colRank")}
            </th>
            <th scope="col">{t(lang, "colMaterial")}</th>
            <th scope="col">{t(lang, "colStage")}</th>
            <th scope="col" class="num">
              {t(lang, "colCanada")}
            </th>
            <th scope="col" class="num">
              {t(lang, "colShare")}
            </th>
            <th scope="col" class="num">
              {t(lang, "colIr")}
            </th>
            <th scope="col" class="num">
              {t(lang, "colSr")}
            </th>
            <th scope="col" class="num">
              {t(lang, "colDeltaFr")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr>
              <td class="num">{formatNumber(lang, i + 1)}</td>
              <th scope="row">
                <a href={compare(r.material)}>{r.name[lang]}</a>
              </th>
              <td>{t(lang, r.stage)}</td>
              <td class="num">
                {formatNumber(lang, r.canadaQuantity, 0)} {unitLabel(lang, r.unit)} ({r.year})
              </td>
              <td class="num">{percent(lang, r.canadaShare)}</td>
              <td class="num">{percent(lang, r.euImportReliance)}</td>
              <td class="num">
                {r.srFranceEu === null ? "—" : formatNumber(lang, r.srFranceEu, 2)}
              </td>
              <td class="num">
                {signed(lang, r.deltaFranceEu) ?? t(lang, "notComputed")}
                {r.franceEuReason === BOTTLENECK_PUBLISHED && ` (${t(lang, "heldByBottleneck")})`}
                {r.franceEuReason === WORLD_SUPPLY_ONLY && ` (${t(lang, "worldSupplyOnly")})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same rows as a CSV/XLSX table (export helpers of exports/table.ts). */
export function complementarityTable(lang: Lang, c: Complementarity): ExportTable {
  return {
    fileName: t(lang, "file"),
    sheetName: t(lang, "sheet"),
    headers: [
      t(lang, "colRank"),
      t(lang, "colMaterial"),
      "id",
      t(lang, "colStage"),
      t(lang, "colCanada"),
      exportText(lang, "colUnit"),
      t(lang, "colYear"),
      t(lang, "colShare"),
      t(lang, "colIr"),
      t(lang, "colOpportunity"),
      t(lang, "colSr"),
      t(lang, "colDeltaFr"),
      t(lang, "colReason"),
      t(lang, "colSource"),
    ],
    rows: c.rows.map((r, i) => [
      i + 1,
      r.name[lang],
      r.material,
      t(lang, r.stage),
      r.canadaQuantity,
      unitLabel(lang, r.unit),
      r.year,
      r.canadaShare,
      r.euImportReliance,
      r.opportunity,
      r.srFranceEu,
      r.deltaFranceEu,
      r.franceEuReason,
      r.source,
    ]),
    sources: {
      headers: [exportText(lang, "colSource"), exportText(lang, "colVintage")],
      rows: [
        ["USGS Mineral Commodity Summaries", [...new Set(c.rows.map((r) => r.source))].join("; ")],
        ["European Commission, CRM 2023 (import reliance, EoL-RIR, SI)", c.euVintage],
      ],
    },
  };
}
