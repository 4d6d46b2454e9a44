import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Party } from "../../shared/party.ts";
import type { CallRow } from "../calls/queries.ts";
import { centsToDecimal } from "../shared/money.ts";
import type { BoardRow, CommitteeRow, FundedRow, OfficialRow, Totals } from "./queries.ts";
import type { Outcome } from "./schema.ts";

/** Where an application stands in the review's ranking, when the review feature gives one. */
export type RankingEntry = {
  applicationId: string;
  rank: number | null;
  mean: number | null;
  asked: number;
  received: number;
  /** How many criteria the reviewers disagree on (more than 2 points apart). */
  disagreements: number;
};

export type DecisionView = {
  outcome: Outcome;
  reason: string;
  amountQcCents: number;
  amountFrCents: number;
};

export type BoardEntryView = {
  reference: string;
  title: string;
  owner: string;
  language: Lang;
  decidable: boolean;
  askedQcCents: number;
  askedFrCents: number;
  decision: DecisionView | null;
  projectCode: string | null;
  ranking: RankingEntry | null;
};

export type EnvelopeView = { envelopeCents: number; committedCents: number; leftCents: number };

export type CommitteeView = {
  code: string;
  title: Record<Lang, string>;
  envelopes: Record<Party, EnvelopeView>;
  cochairs: Record<Party, { id: string; name: string } | null>;
  approvals: Record<Party, Date | null>;
  finalisedAt: Date | null;
  entries: BoardEntryView[];
  hasRanking: boolean;
  /** The party the viewer co-chairs, if any: the one they approve for. */
  viewerParty: Party | null;
  canApprove: boolean;
  officials: { id: string; label: string; role: string }[];
};

function presentEntry(row: BoardRow, ranking: RankingEntry | null, final: boolean): BoardEntryView {
  return {
    reference: row.reference,
    title: row.title,
    owner: row.owner_name,
    language: row.language,
    decidable: !final && row.status === "submitted",
    askedQcCents: row.asked_qc_cents,
    askedFrCents: row.asked_fr_cents,
    decision: row.outcome
      ? {
          outcome: row.outcome,
          reason: row.reason ?? "",
          amountQcCents: row.amount_qc_cents ?? 0,
          amountFrCents: row.amount_fr_cents ?? 0,
        }
      : null,
    projectCode: row.project_code,
    ranking,
  };
}

/**
 * The committee page's data. With a ranking, applications come in its order (unranked last);
 * without, by receipt number.
 */
export function presentCommittee(
  call: CallRow,
  committee: CommitteeRow,
  board: BoardRow[],
  totals: Totals,
  officials: OfficialRow[],
  viewerId: string | null,
  ranking: RankingEntry[] | null,
): CommitteeView {
  const final = committee.finalised_at !== null;
  const byId = new Map((ranking ?? []).map((r) => [r.applicationId, r]));
  const order = (r: BoardRow) => byId.get(r.application_id)?.rank ?? Number.MAX_SAFE_INTEGER;
  const rows = ranking ? [...board].sort((a, b) => order(a) - order(b)) : board;
  const approvals = { qc: null, fr: null } as Record<Party, Date | null>;
  for (const a of committee.approvals) approvals[a.party] = new Date(a.approved_at);
  const viewerParty: Party | null =
    viewerId === null
      ? null
      : committee.cochair_qc_id === viewerId
        ? "qc"
        : committee.cochair_fr_id === viewerId
          ? "fr"
          : null;
  const envelope = (cents: number, committed: number) => ({
    envelopeCents: cents,
    committedCents: committed,
    leftCents: cents - committed,
  });
  const seat = (id: string | null, name: string | null) => (id ? { id, name: name ?? "" } : null);
  return {
    code: call.code,
    title: { fr: call.title_fr, en: call.title_en },
    envelopes: {
      qc: envelope(call.envelope_qc_cents, totals.qc),
      fr: envelope(call.envelope_fr_cents, totals.fr),
    },
    cochairs: {
      qc: seat(committee.cochair_qc_id, committee.cochair_qc_name),
      fr: seat(committee.cochair_fr_id, committee.cochair_fr_name),
    },
    approvals,
    finalisedAt: committee.finalised_at,
    entries: rows.map((r) => presentEntry(r, byId.get(r.application_id) ?? null, final)),
    hasRanking: ranking !== null,
    viewerParty,
    canApprove: !final && viewerParty !== null && approvals[viewerParty] === null,
    officials: officials.map((o) => ({ id: o.id, label: `${o.name} <${o.email}>`, role: o.role })),
  };
}

export type FundedProjectView = {
  reference: string;
  title: string;
  projectCode: string | null;
  amountQcCents: number;
  amountFrCents: number;
};

export const presentFunded = (row: FundedRow): FundedProjectView => ({
  reference: row.reference,
  title: row.title,
  projectCode: row.project_code,
  amountQcCents: row.amount_qc_cents,
  amountFrCents: row.amount_fr_cents,
});

/** The public results as the API gives them: amounts as exact decimals with their currency. */
export function resultsApi(code: string, finalisedAt: Date, funded: FundedRow[], url: string) {
  return {
    call: code,
    finalisedAt: finalisedAt.toISOString(),
    url,
    items: funded.map((f) => ({
      reference: f.reference,
      title: f.title,
      projectCode: f.project_code,
      funding: [
        {
          party: "qc" as const,
          amount: centsToDecimal(f.amount_qc_cents),
          currency: "CAD" as const,
        },
        {
          party: "fr" as const,
          amount: centsToDecimal(f.amount_fr_cents),
          currency: "EUR" as const,
        },
      ],
    })),
    totals: [
      {
        party: "qc" as const,
        amount: centsToDecimal(funded.reduce((s, f) => s + f.amount_qc_cents, 0)),
        currency: "CAD" as const,
      },
      {
        party: "fr" as const,
        amount: centsToDecimal(funded.reduce((s, f) => s + f.amount_fr_cents, 0)),
        currency: "EUR" as const,
      },
    ],
  };
}
