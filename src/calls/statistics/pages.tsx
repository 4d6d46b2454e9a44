import type { Child } from "hono/jsx";
import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { TableCaption, TableHead } from "../../platform/web/table-head.tsx";
import type { Party } from "../../shared/party.ts";
import { CALLS_PATH, callPath } from "../calls/paths.ts";
import { formatMoney, PARTY_CURRENCY } from "../shared/money.ts";
import { LINE_LABELS, statisticsText as t } from "./messages.ts";
import {
  type CallStatisticsView,
  DASHBOARD_LINES,
  type DashboardView,
  type StatisticsView,
} from "./present.ts";

export const STATISTICS_PATH = `${CALLS_PATH}/statistiques`;
export const dashboardPath = (lang: Lang, code: string) => callPath(lang, code, "/tableau-de-bord");

const PARTIES: readonly Party[] = ["qc", "fr"];
const partyName = (lang: Lang, party: Party) => t(lang, party === "qc" ? "quebec" : "france");
const money = (lang: Lang, party: Party, cents: number) =>
  formatMoney(lang, cents, PARTY_CURRENCY[party]);

/** « 50 % » / "50%": a share between 0 and 1, to one decimal at most. */
export function formatPercent(lang: Lang, share: number): string {
  const n = formatNumber(lang, share * 100, 1);
  return lang === "fr" ? `${n}\u202f%` : `${n}%`;
}

function Breadcrumb({ lang, code }: { lang: Lang; code?: string }) {
  return (
    <p class="breadcrumb">
      <a href={localisedPath(lang, CALLS_PATH)}>{t(lang, "calls")}</a>
      {code && (
        <>
          {" › "}
          <a href={callPath(lang, code)}>{code}</a>
        </>
      )}
    </p>
  );
}

export function DashboardPage({ lang, view }: { lang: Lang; view: DashboardView }) {
  return (
    <>
      <Breadcrumb lang={lang} code={view.code} />
      <h1>{t(lang, "dashboardOf", { code: view.code })}</h1>
      <p class="lead">{lang === "fr" ? view.titleFr : view.titleEn}</p>
      <p>{t(lang, "dashboardLead")}</p>
      <table>
        <TableCaption text={t(lang, "byStatus")} />
        <TableHead
          columns={[
            t(lang, "status"),
            { text: t(lang, "total"), num: true },
            { text: t(lang, "quebec"), num: true },
            { text: t(lang, "france"), num: true },
          ]}
        />
        <tbody>
          {DASHBOARD_LINES.map((line) => {
            const n = view.counts[line];
            return (
              <tr>
                <th scope="row">{localise(LINE_LABELS[line], lang)}</th>
                <td class="num">{n.total}</td>
                <td class="num">{n.qc}</td>
                <td class="num">{n.fr}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table>
        <TableCaption text={t(lang, "budget")} hint={t(lang, "budgetHint")} />
        <TableHead
          columns={[
            t(lang, "party"),
            { text: t(lang, "envelope"), num: true },
            { text: t(lang, "requested"), num: true },
            { text: t(lang, "committed"), num: true },
            { text: t(lang, "left"), num: true },
          ]}
        />
        <tbody>
          {PARTIES.map((party) => (
            <tr>
              <th scope="row">{partyName(lang, party)}</th>
              <td class="num">{money(lang, party, view.envelopeCents[party])}</td>
              <td class="num">{money(lang, party, view.requestedCents[party])}</td>
              <td class="num">{money(lang, party, view.committedCents[party])}</td>
              <td class="num">
                {money(
                  lang,
                  party,
                  Math.max(0, view.envelopeCents[party] - view.committedCents[party]),
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(lang, "review")}</h2>
      <p>
        {view.review.applications === 0
          ? t(lang, "reviewNone")
          : t(lang, "reviewSummary", {
              applications: view.review.applications,
              received: view.review.received,
              asked: view.review.asked,
            })}
      </p>
    </>
  );
}

function StatisticsRow({ lang, c, label }: { lang: Lang; c: CallStatisticsView; label: Child }) {
  const undecided = <span class="hint">{t(lang, "undecided")}</span>;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">{c.submitted}</td>
      <td class="num">{c.decided ? c.funded : undecided}</td>
      <td class="num">
        {c.successRate === null
          ? c.decided
            ? "—"
            : undecided
          : formatPercent(lang, c.successRate)}
      </td>
      <td class="num">
        {c.daysToDecision === null ? undecided : t(lang, "days", { n: c.daysToDecision })}
      </td>
      <td class="num">{c.decided ? money(lang, "qc", c.committedCents.qc) : undecided}</td>
      <td class="num">{c.decided ? money(lang, "fr", c.committedCents.fr) : undecided}</td>
    </tr>
  );
}

export function StatisticsPage({ lang, view }: { lang: Lang; view: StatisticsView }) {
  return (
    <>
      <Breadcrumb lang={lang} />
      <h1>{t(lang, "statistics")}</h1>
      <p>{t(lang, "statisticsLead")}</p>
      {view.calls.length === 0 ? (
        <Alert kind="info">{t(lang, "noneClosed")}</Alert>
      ) : (
        <>
          {!view.total.decided && <Alert kind="info">{t(lang, "noneDecided")}</Alert>}
          <table>
            <TableCaption text={t(lang, "statistics")} />
            <TableHead
              columns={[
                t(lang, "call"),
                { text: t(lang, "submittedCol"), num: true },
                { text: t(lang, "fundedCol"), num: true },
                { text: t(lang, "successRate"), num: true },
                { text: t(lang, "daysToDecision"), num: true },
                { text: t(lang, "committedQc"), num: true },
                { text: t(lang, "committedFr"), num: true },
              ]}
            />
            <tbody>
              {view.calls.map((c) => (
                <StatisticsRow
                  lang={lang}
                  c={c}
                  label={
                    <>
                      <a href={dashboardPath(lang, c.code)}>{c.code}</a>{" "}
                      <span class="hint">{lang === "fr" ? c.titleFr : c.titleEn}</span>
                    </>
                  }
                />
              ))}
            </tbody>
            {view.total.decided && (
              <tfoot>
                <StatisticsRow
                  lang={lang}
                  c={view.total}
                  label={t(lang, "totalRow", { n: view.total.decidedCalls })}
                />
              </tfoot>
            )}
          </table>
        </>
      )}
      <p>
        <a href="/api/v1/calls/statistics">{t(lang, "apiLink")}</a>
      </p>
    </>
  );
}
