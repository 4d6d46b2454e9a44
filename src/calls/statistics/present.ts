import type { Party } from "../../shared/party.ts";
import type { CallRow } from "../calls/queries.ts";
import type { Outcome } from "../decisions/schema.ts";
import type { RankedApplication } from "../review/ranking.ts";
import { centsToDecimal } from "../shared/money.ts";
import { elapsedDays, median } from "./median.ts";
import type { CallStatisticsRow, DashboardApplicationRow } from "./queries.ts";

/** The lines of the « by status » table, in the order of an application's life. */
export const DASHBOARD_LINES = [
  "draft",
  "submitted",
  "withdrawn",
  "correction_requested",
  "screening_pending",
  "eligible",
  "ineligible",
  "funded",
  "waiting_list",
  "rejected",
] as const;
export type DashboardLine = (typeof DASHBOARD_LINES)[number];

type ByParty = { total: number; qc: number; fr: number };
type Money = { qc: number; fr: number };

export type DashboardView = {
  code: string;
  titleFr: string;
  titleEn: string;
  /** Applications counted on each line, in all and by the party of their lead partner. */
  counts: Record<DashboardLine, ByParty>;
  envelopeCents: Money;
  /** What the submitted applications ask of each party. */
  requestedCents: Money;
  /** Funded decisions (final or not yet). */
  committedCents: Money;
  review: { applications: number; asked: number; received: number };
};

const zero = (): ByParty => ({ total: 0, qc: 0, fr: 0 });

/** Which lines an application counts on: its status, then its screening and decision if any. */
function linesOf(row: DashboardApplicationRow): DashboardLine[] {
  const lines: DashboardLine[] = [row.status];
  if (row.status !== "submitted") return lines;
  lines.push(row.screening === "pending" ? "screening_pending" : row.screening);
  if (row.outcome) lines.push(row.outcome as Outcome);
  return lines;
}

export function presentDashboard(
  call: CallRow,
  rows: readonly DashboardApplicationRow[],
  ranking: readonly RankedApplication[],
): DashboardView {
  const counts = Object.fromEntries(DASHBOARD_LINES.map((l) => [l, zero()])) as Record<
    DashboardLine,
    ByParty
  >;
  const requested = { qc: 0, fr: 0 };
  const committed = { qc: 0, fr: 0 };
  for (const row of rows) {
    for (const line of linesOf(row)) {
      counts[line].total += 1;
      if (row.lead_party) counts[line][row.lead_party as Party] += 1;
    }
    if (row.status === "submitted") {
      requested.qc += Number(row.asked_qc_cents);
      requested.fr += Number(row.asked_fr_cents);
    }
    committed.qc += Number(row.committed_qc_cents);
    committed.fr += Number(row.committed_fr_cents);
  }
  return {
    code: call.code,
    titleFr: call.title_fr,
    titleEn: call.title_en,
    counts,
    envelopeCents: { qc: Number(call.envelope_qc_cents), fr: Number(call.envelope_fr_cents) },
    requestedCents: requested,
    committedCents: committed,
    review: {
      applications: ranking.length,
      asked: ranking.reduce((s, r) => s + r.reviewsAsked, 0),
      received: ranking.reduce((s, r) => s + r.reviewsReceived, 0),
    },
  };
}

export type CallStatisticsView = {
  code: string;
  titleFr: string;
  titleEn: string;
  decided: boolean;
  submitted: number;
  funded: number;
  /** funded / submitted, between 0 and 1; null while undecided or without applications. */
  successRate: number | null;
  /** Days from the closing to the final decision; the total's is the median over calls. */
  daysToDecision: number | null;
  committedCents: Money;
};

export type StatisticsView = {
  calls: CallStatisticsView[];
  /** Over the decided calls only: an undecided call has no outcome yet. */
  total: CallStatisticsView & { decidedCalls: number };
};

const rate = (funded: number, submitted: number) => (submitted > 0 ? funded / submitted : null);

export function presentStatistics(rows: readonly CallStatisticsRow[]): StatisticsView {
  const calls = rows.map((r): CallStatisticsView => {
    const decided = r.finalised_at !== null;
    return {
      code: r.code,
      titleFr: r.title_fr,
      titleEn: r.title_en,
      decided,
      submitted: r.submitted,
      funded: r.funded,
      successRate: decided ? rate(r.funded, r.submitted) : null,
      daysToDecision: r.finalised_at ? elapsedDays(r.closes_at, r.finalised_at) : null,
      committedCents: { qc: Number(r.committed_qc_cents), fr: Number(r.committed_fr_cents) },
    };
  });
  const decided = calls.filter((c) => c.decided);
  const sum = (f: (c: CallStatisticsView) => number) => decided.reduce((s, c) => s + f(c), 0);
  const submitted = sum((c) => c.submitted);
  const funded = sum((c) => c.funded);
  return {
    calls,
    total: {
      code: "",
      titleFr: "",
      titleEn: "",
      decided: decided.length > 0,
      decidedCalls: decided.length,
      submitted,
      funded,
      successRate: rate(funded, submitted),
      daysToDecision: median(decided.map((c) => c.daysToDecision as number)),
      committedCents: { qc: sum((c) => c.committedCents.qc), fr: sum((c) => c.committedCents.fr) },
    },
  };
}

const apiLine = (c: CallStatisticsView) => ({
  submitted: c.submitted,
  funded: c.funded,
  successRate: c.successRate,
  daysToDecision: c.daysToDecision,
  committed: [
    { party: "qc" as const, amount: centsToDecimal(c.committedCents.qc), currency: "CAD" as const },
    { party: "fr" as const, amount: centsToDecimal(c.committedCents.fr), currency: "EUR" as const },
  ],
});

/** The API's statistics: every closed call, then the total over the decided ones. */
export function statisticsApi(view: StatisticsView) {
  return {
    calls: view.calls.map((c) => ({ call: c.code, decided: c.decided, ...apiLine(c) })),
    total: { decidedCalls: view.total.decidedCalls, ...apiLine(view.total) },
  };
}
