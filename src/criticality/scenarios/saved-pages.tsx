/** The pages of saved scenarios: the list, one scenario, and the confirmation before deleting. */
import { formatDate, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import type { ScenarioChangeSpec } from "../loaders/global-eu-scenario.ts";
import { scenarioText as st } from "./messages.ts";
import { calculatorPath, ResultTable } from "./pages.tsx";
import type { AuthorParty, SavedScenario, SavedScenarioSummary } from "./present.ts";
import { savedScenarioText as t } from "./saved-messages.ts";

const PARTY_KEY = { qc: "party_qc", fr: "party_fr", admin: "party_admin" } as const;
const partyName = (lang: Lang, party: AuthorParty) => t(lang, PARTY_KEY[party]);

// Dates are those of Québec's and Ontario's clock, as on the audit pages.
const localDay = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "America/Toronto" });
const day = (lang: Lang, d: Date) => formatDate(lang, localDay(d));

const materialName = (lang: Lang, s: SavedScenarioSummary) =>
  lang === "fr" ? s.material.nameFr : s.material.nameEn;

const authorName = (lang: Lang, s: SavedScenarioSummary) =>
  s.author.name ?? t(lang, "unknownAuthor");

const detailPath = (lang: Lang, id: string) => localisedPath(lang, `/criticite/scenarios/${id}`);

function PartyBadge(props: { lang: Lang; party: AuthorParty }) {
  return <span class={`party-badge ${props.party}`}>{partyName(props.lang, props.party)}</span>;
}

export function SavedListPage(props: {
  lang: Lang;
  items: SavedScenarioSummary[];
  total: number;
  page: number;
  pages: number;
  notice?: string | undefined;
}) {
  const { lang, page, pages } = props;
  const at = (p: number) => `${localisedPath(lang, "/criticite/scenarios")}?page=${p}`;
  return (
    <>
      <h1>{t(lang, "listTitle")}</h1>
      <p class="lead">{t(lang, "listLead")}</p>
      {props.notice && (
        <Alert kind="success" as="p">
          {props.notice}
        </Alert>
      )}
      <p>
        <a href={localisedPath(lang, "/criticite/scenario")}>{t(lang, "calculator")}</a>
      </p>
      {props.items.length === 0 ? (
        <p class="empty-state">{t(lang, "empty")}</p>
      ) : (
        <>
          <p>{t(lang, "count", { total: formatNumber(lang, props.total) })}</p>
          <table>
            <caption>{t(lang, "caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, "title")}</th>
                <th scope="col">{t(lang, "material")}</th>
                <th scope="col">{t(lang, "party")}</th>
                <th scope="col">{t(lang, "author")}</th>
                <th scope="col">{t(lang, "date")}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={detailPath(lang, s.id)}>{s.title}</a>
                  </th>
                  <td>{materialName(lang, s)}</td>
                  <td>
                    <PartyBadge lang={lang} party={s.author.party} />
                  </td>
                  <td>{authorName(lang, s)}</td>
                  <td>{day(lang, s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {pages > 1 && (
        <nav class="pagination" aria-label={t(lang, "pagination")}>
          {page > 1 && (
            <a href={at(Math.min(page - 1, pages))} rel="prev">
              {t(lang, "previous")}
            </a>
          )}
          <span aria-current="page">
            {t(lang, "pageOf", {
              page: formatNumber(lang, page),
              pages: formatNumber(lang, pages),
            })}
          </span>
          {page < pages && (
            <a href={at(page + 1)} rel="next">
              {t(lang, "next")}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

const changeText = (lang: Lang, ch: ScenarioChangeSpec) =>
  t(lang, "change", {
    kind: st(lang, ch.kind),
    country: ch.country,
    stage: st(lang, ch.stage),
    value: formatNumber(lang, ch.value, 6),
  });

export function SavedDetailPage(props: { lang: Lang; s: SavedScenario; canDelete: boolean }) {
  const { lang, s } = props;
  const production = s.vintages.production
    .map((p) => `${st(lang, p.stage)} ${p.year} (${p.vintage})`)
    .join(", ");
  return (
    <>
      <h1>{s.title}</h1>
      <p>
        <PartyBadge lang={lang} party={s.author.party} />{" "}
        {t(lang, "savedBy", {
          date: day(lang, s.createdAt),
          author: authorName(lang, s),
          party: partyName(lang, s.author.party),
        })}
      </p>
      {s.note && <p class="note">{s.note}</p>}
      <h2>{t(lang, "changes")}</h2>
      <p>{materialName(lang, s)}</p>
      <ul>
        {s.changes.map((ch) => (
          <li>{changeText(lang, ch)}</li>
        ))}
      </ul>
      <p>
        <a class="button" href={calculatorPath(lang, s.material.id, s.changes)}>
          {t(lang, "open")}
        </a>
      </p>
      <h2>{t(lang, "result")}</h2>
      <ResultTable lang={lang} name={materialName(lang, s)} r={s.result} />
      <p class="source">
        {t(lang, "vintages", { production, wgi: String(s.vintages.wgi), eu: s.vintages.eu })}
      </p>
      <p>
        <a href={localisedPath(lang, "/criticite/scenarios")}>{t(lang, "allSaved")}</a>
        {props.canDelete && (
          <>
            {" · "}
            <a href={`${detailPath(lang, s.id)}/supprimer`}>{t(lang, "delete")}</a>
          </>
        )}
      </p>
    </>
  );
}

export function DeleteConfirmPage(props: { lang: Lang; csrf: string; s: SavedScenario }) {
  const { lang, s } = props;
  return (
    <>
      <h1>{t(lang, "confirmTitle", { title: s.title })}</h1>
      <p>{t(lang, "confirmText")}</p>
      <form method="post" action={`${detailPath(lang, s.id)}/supprimer`}>
        <Csrf token={props.csrf} />
        <button type="submit" class="danger">
          {t(lang, "confirm")}
        </button>{" "}
        <a href={detailPath(lang, s.id)}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}
