import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import type { Party } from "../../shared/party.ts";
import { KIND_LABELS, PARTY_LABELS, ROLE_LABELS } from "../applications/messages.ts";
import type { Snapshot } from "../applications/snapshot.ts";
import type { CallCriterionRow, CallRow } from "../calls/queries.ts";
import { OUTCOME_LABELS } from "../decisions/messages.ts";
import type { BoardRow } from "../decisions/queries.ts";
import {
  presentScreening,
  presentSubmittedScores,
  type ReviewScoresView,
} from "../review/present.ts";
import type { DashboardRow, ScoreRow, ScreeningRow } from "../review/queries.ts";
import type { RankedApplication } from "../review/ranking.ts";
import { type CallCurrency, centsToDecimal, formatMoney } from "../shared/money.ts";
import { formatBothZones, instantToLocal } from "../shared/time-zones.ts";
import { exportText as t } from "./messages.ts";
import type { ExportApplicationRow } from "./queries.ts";

/** What both spreadsheet formats write: text cells, some of them numbers for a spreadsheet. */
export type ExportTable = { headers: string[]; numeric: boolean[]; rows: string[][] };

/** Everything the exports know of one application, gathered once for the table and the pack. */
export type ExportedApplication = {
  row: ExportApplicationRow;
  snapshot: Snapshot;
  line: DashboardRow | undefined;
  ranked: RankedApplication | undefined;
  decision: BoardRow | undefined;
};

const partyName = (lang: Lang, party: string) =>
  localise(PARTY_LABELS[party as Party] ?? PARTY_LABELS.other, lang);

const screeningState = (lang: Lang, eligible: boolean | null | undefined) =>
  t(
    lang,
    eligible === null || eligible === undefined ? "toScreen" : eligible ? "eligible" : "ineligible",
  );

const requested = (snapshot: Snapshot, party: Party) =>
  snapshot.funding.find((f) => f.party === party)?.amountCents ?? 0;

/** The weighted mean as both exports write it: rankingOf's number, to two decimals. */
export const meanText = (mean: number | null | undefined) =>
  mean === null || mean === undefined ? "" : mean.toFixed(2);

const disagreementsOf = (lang: Lang, ranked: RankedApplication | undefined) =>
  (ranked?.disagreements ?? []).map((d) => (lang === "fr" ? d.labelFr : d.labelEn));

/** One row per application; amounts as exact decimals, the submission instant in three forms. */
export function presentApplicationsTable(
  items: readonly ExportedApplication[],
  lang: Lang,
): ExportTable {
  const columns = [
    ["reference", false],
    ["title", false],
    ["status", false],
    ["version", true],
    ["lead", false],
    ["leadParty", false],
    ["partners", false],
    ["askedQc", true],
    ["askedFr", true],
    ["submittedUtc", false],
    ["submittedQc", false],
    ["submittedFr", false],
    ["screeningQc", false],
    ["screeningFr", false],
    ["reviewsAsked", true],
    ["reviewsReceived", true],
    ["mean", true],
    ["rank", true],
    ["disagreements", false],
    ["decision", false],
    ["grantedQc", true],
    ["grantedFr", true],
  ] as const;
  const rows = items.map(({ row, snapshot, line, ranked, decision }) => {
    const lead = snapshot.partners.find((p) => p.role === "lead");
    const granted = (cents: number | null | undefined) =>
      cents === null || cents === undefined ? "" : centsToDecimal(cents);
    return [
      row.reference,
      row.title,
      t(lang, row.status === "correction_requested" ? "sentBack" : "submitted"),
      String(row.version_number),
      lead?.name ?? "",
      lead ? partyName(lang, lead.party) : "",
      snapshot.partners.map((p) => `${p.name} (${partyName(lang, p.party)})`).join("; "),
      centsToDecimal(requested(snapshot, "qc")),
      centsToDecimal(requested(snapshot, "fr")),
      row.submitted_at.toISOString(),
      instantToLocal(row.submitted_at, "America/Toronto"),
      instantToLocal(row.submitted_at, "Europe/Paris"),
      screeningState(lang, line?.qc_eligible),
      screeningState(lang, line?.fr_eligible),
      String(line?.asked ?? 0),
      String(line?.received ?? 0),
      meanText(ranked?.mean),
      ranked?.rank === null || ranked?.rank === undefined ? "" : String(ranked.rank),
      disagreementsOf(lang, ranked).join("; "),
      decision?.outcome ? localise(OUTCOME_LABELS[decision.outcome], lang) : "",
      granted(decision?.amount_qc_cents),
      granted(decision?.amount_fr_cents),
    ];
  });
  return {
    headers: columns.map(([key]) => t(lang, key)),
    numeric: columns.map(([, numeric]) => numeric),
    rows,
  };
}

/** One application's summary in the committee pack: everything the committee weighs. */
export type ApplicationSummaryView = {
  heading: string;
  callLine: string;
  versionLine: string;
  status: string;
  summary: string;
  partners: string[][];
  budget: string[][];
  funding: string[];
  screenings: { heading: string; lines: string[] }[];
  reviews: ReviewScoresView[];
  result: string[];
  attachments: string[];
};

const currencyOf = (code: string): CallCurrency => (code === "EUR" ? "EUR" : "CAD");

export function presentApplicationSummary(
  item: ExportedApplication,
  details: {
    call: CallRow;
    criteria: readonly CallCriterionRow[];
    screenings: readonly ScreeningRow[];
    scores: readonly (ScoreRow & { reviewer_name: string })[];
  },
  lang: Lang,
): ApplicationSummaryView {
  const { row, snapshot, ranked, decision } = item;
  const app = snapshot.application;
  const partnerAt = new Map(snapshot.partners.map((p) => [p.position, p.name]));
  const screenings = (["qc", "fr"] as const).map((party) => {
    const found = details.screenings.find((s) => s.party === party);
    if (!found)
      return {
        heading: partyName(lang, party),
        lines: [t(lang, "notScreened")],
      };
    const view = presentScreening(found, lang);
    return {
      heading: view.partyLabel,
      lines: [
        view.summary,
        ...(view.reason ? [t(lang, "reason", { text: view.reason })] : []),
        ...(view.privateNote ? [t(lang, "privateNote", { text: view.privateNote })] : []),
      ],
    };
  });
  const disagreements = disagreementsOf(lang, ranked);
  const result = ranked
    ? [
        ...(ranked.mean === null
          ? [t(lang, "notRanked")]
          : [
              t(lang, "meanLine", { mean: formatNumber(lang, ranked.mean, 2) }),
              t(lang, "rankLine", { rank: String(ranked.rank) }),
            ]),
        disagreements.length
          ? t(lang, "disagreementsLine", { list: disagreements.join(", ") })
          : t(lang, "noDisagreement"),
      ]
    : [t(lang, "notRanked")];
  if (decision?.outcome) {
    result.push(
      t(lang, "decisionLine", { outcome: localise(OUTCOME_LABELS[decision.outcome], lang) }),
    );
  }
  return {
    heading: `${row.reference} — ${row.title}`,
    callLine: t(lang, "callLine", {
      code: details.call.code,
      title: lang === "fr" ? details.call.title_fr : details.call.title_en,
    }),
    versionLine: t(lang, "versionLine", {
      n: row.version_number,
      date: formatBothZones(lang, row.submitted_at),
    }),
    status: t(lang, row.status === "correction_requested" ? "sentBack" : "submitted"),
    summary:
      (lang === "fr" ? app.summaryFr || app.summaryEn : app.summaryEn || app.summaryFr) ?? "",
    partners: snapshot.partners.map((p) => [
      p.name,
      partyName(lang, p.party),
      localise(KIND_LABELS[p.kind as keyof typeof KIND_LABELS] ?? KIND_LABELS.other, lang),
      localise(ROLE_LABELS[p.role as "lead" | "partner"] ?? ROLE_LABELS.partner, lang),
    ]),
    budget: snapshot.budget.map((b) => [
      partnerAt.get(b.partner) ?? "",
      String(b.year),
      formatMoney(lang, b.amountCents, currencyOf(b.currency)),
      b.description,
    ]),
    funding: (["qc", "fr"] as const).map(
      (party) =>
        `${partyName(lang, party)}${lang === "fr" ? "\u00a0: " : ": "}${formatMoney(lang, requested(snapshot, party), party === "qc" ? "CAD" : "EUR")}`,
    ),
    screenings,
    reviews: presentSubmittedScores(details.scores, details.criteria, lang),
    result,
    attachments: snapshot.attachments.map(
      (a) => `${lang === "fr" ? a.labelFr : a.labelEn} — ${a.fileName}`,
    ),
  };
}

/** The ranking's page of the pack. */
export type RankingSummaryView = { heading: string; callLine: string; rows: string[][] };

export function presentRankingSummary(
  call: CallRow,
  ranking: readonly RankedApplication[],
  lang: Lang,
): RankingSummaryView {
  return {
    heading: t(lang, "packTitle", { code: call.code }),
    callLine: t(lang, "callLine", {
      code: call.code,
      title: lang === "fr" ? call.title_fr : call.title_en,
    }),
    rows: ranking.map((r) => [
      r.rank === null ? "—" : String(r.rank),
      r.reference,
      r.title,
      r.mean === null ? "—" : formatNumber(lang, r.mean, 2),
      `${r.reviewsAsked} / ${r.reviewsReceived}`,
      disagreementsOf(lang, r).join(", "),
    ]),
  };
}

/**
 * A name safe as one part of a path in the archive, on every system that unpacks it: no
 * separator, no character Windows refuses, never "." or ".." (which would climb out of it).
 */
export function entryName(text: string): string {
  const name = text.replace(/[/\\:*?"<>|\p{Cc}]/gu, "-").trim();
  return name === "" || /^\.+$/.test(name) ? "-" : name;
}
