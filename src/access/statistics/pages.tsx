import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { JURISDICTION_LABELS } from "../requests/messages.ts";
import type { Figures } from "./compute.ts";
import { DEFINITIONS, statsText as t } from "./messages.ts";
import { indicatorLines } from "./present.ts";

export const STATISTICS_PATH = "/acces/statistiques";
export const csvPath = (lang: Lang, year?: number) =>
  localisedPath(lang, `${STATISTICS_PATH}.csv${year === undefined ? "" : `?annee=${year}`}`);
export const reportPath = (lang: Lang, year: number) =>
  localisedPath(lang, `${STATISTICS_PATH}/rapport-${year}.pdf`);

export type StatisticsView = {
  lang: Lang;
  /** Years with at least one request, most recent first. */
  years: readonly number[];
  /** The year shown, or undefined when there is no request at all. */
  year: number | undefined;
  figures: readonly Figures[];
};

export function StatisticsPage(v: StatisticsView) {
  const { lang, year } = v;
  return (
    <>
      <h1>{t(lang, "title")}</h1>
      <p class="lead">{t(lang, "lead")}</p>
      {year === undefined ? (
        <p class="empty-state">{t(lang, "nothingYet")}</p>
      ) : (
        <>
          <YearPicker lang={lang} years={v.years} year={year} />
          <h2>{t(lang, "downloads")}</h2>
          <ul>
            <li>
              <a href={csvPath(lang, year)}>{t(lang, "csvYear", { year })}</a>
            </li>
            <li>
              <a href={csvPath(lang)}>{t(lang, "csvAll")}</a>
            </li>
            <li>
              <a href={reportPath(lang, year)}>{t(lang, "pdfReport", { year })}</a>
            </li>
          </ul>
          {v.figures.every((f) => f.received === 0) ? (
            <p class="empty-state">{t(lang, "nothingThisYear", { year })}</p>
          ) : (
            v.figures.map((f) => <JurisdictionFigures lang={lang} f={f} />)
          )}
          <h2>{t(lang, "definitions")}</h2>
          <dl>
            {DEFINITIONS.map((d) => (
              <>
                <dt>{localise(d.term, lang)}</dt>
                <dd>{localise(d.text, lang)}</dd>
              </>
            ))}
          </dl>
        </>
      )}
    </>
  );
}

function YearPicker(p: { lang: Lang; years: readonly number[]; year: number }) {
  const { lang } = p;
  // A year asked for in the address but without requests is still offered, so the form says
  // which year is shown.
  const years = p.years.includes(p.year) ? p.years : [p.year, ...p.years];
  return (
    <form method="get" action={localisedPath(lang, STATISTICS_PATH)} class="filters">
      <div>
        <label for="annee">{t(lang, "year")}</label>
        <select id="annee" name="annee">
          {years.map((y) => (
            <option value={String(y)} selected={y === p.year}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit">{t(lang, "show")}</button>
      </div>
    </form>
  );
}

function JurisdictionFigures(p: { lang: Lang; f: Figures }) {
  const { lang, f } = p;
  const name = localise(JURISDICTION_LABELS[f.jurisdiction], lang);
  return (
    <section aria-labelledby={`j-${f.jurisdiction}`}>
      <h2 id={`j-${f.jurisdiction}`}>{name}</h2>
      <table>
        <caption class="visually-hidden">{`${name} — ${f.year}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "indicator")}</th>
            <th scope="col" class="num">
              {t(lang, "value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicatorLines(lang, f).map((l) => (
            <tr>
              <th scope="row">{l.label}</th>
              <td class="num">{l.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t(lang, "articles")}</h3>
      {f.articles.length === 0 ? (
        <p>{t(lang, "noArticle")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, "article")}</th>
              <th scope="col" class="num">
                {t(lang, "documents")}
              </th>
            </tr>
          </thead>
          <tbody>
            {f.articles.map((a) => (
              <tr>
                <td>{a.article}</td>
                <td class="num">{formatNumber(lang, a.count, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
