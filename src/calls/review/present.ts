import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import type { Party } from "../../shared/party.ts";
import { PARTY_LABELS, ROLE_LABELS } from "../applications/messages.ts";
import type { Snapshot } from "../applications/snapshot.ts";
import type { CallCriterionRow } from "../calls/queries.ts";
import { formatMoney } from "../shared/money.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { reviewText as t } from "./messages.ts";
import type {
  AssignmentRow,
  CorrectionRow,
  DashboardRow,
  ReviewerAssignmentRow,
  ReviewerRow,
  ScoreRow,
  ScreeningRow,
} from "./queries.ts";
import type { RankedApplication } from "./ranking.ts";

export const partyLabel = (lang: Lang, party: Party) =>
  t(lang, party === "qc" ? "partyQc" : "partyFr");

const screeningState = (lang: Lang, eligible: boolean | null) =>
  eligible === null ? t(lang, "toScreen") : t(lang, eligible ? "eligible" : "ineligible");

export type DashboardLineView = {
  id: string;
  reference: string;
  title: string;
  sentBack: boolean;
  screening: { qc: string; fr: string };
  opinions: string;
};

export function presentDashboardLine(row: DashboardRow, lang: Lang): DashboardLineView {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    sentBack: row.status === "correction_requested",
    screening: {
      qc: screeningState(lang, row.qc_eligible),
      fr: screeningState(lang, row.fr_eligible),
    },
    opinions: `${row.asked} / ${row.received}`,
  };
}

export type RankingLineView = {
  id: string;
  rank: string;
  reference: string;
  title: string;
  mean: string;
  opinions: string;
  disagreements: string[];
};

export function presentRankingLine(item: RankedApplication, lang: Lang): RankingLineView {
  return {
    id: item.applicationId,
    rank: item.rank === null ? t(lang, "notRanked") : String(item.rank),
    reference: item.reference,
    title: item.title,
    mean: item.mean === null ? t(lang, "notRanked") : formatNumber(lang, item.mean, 2),
    opinions: `${item.reviewsAsked} / ${item.reviewsReceived}`,
    disagreements: item.disagreements.map((d) => (lang === "fr" ? d.labelFr : d.labelEn)),
  };
}

/** The ranking as the API gives it. */
export function presentRankingApi(code: string, items: RankedApplication[], lang: Lang) {
  return {
    call: code,
    items: items.map((i) => ({
      rank: i.rank,
      applicationId: i.applicationId,
      reference: i.reference,
      title: i.title,
      mean: i.mean === null ? null : Math.round(i.mean * 10000) / 10000,
      reviewsAsked: i.reviewsAsked,
      reviewsReceived: i.reviewsReceived,
      disagreements: i.disagreements.map((d) => ({
        criterionId: d.criterionId,
        label: lang === "fr" ? d.labelFr : d.labelEn,
      })),
    })),
  };
}

export type CriterionView = { id: string; label: string; guidance: string; weight: string };

export function presentCriteria(
  criteria: readonly CallCriterionRow[],
  kind: "eligibility" | "scored",
  lang: Lang,
): CriterionView[] {
  return criteria
    .filter((c) => c.kind === kind)
    .map((c) => ({
      id: c.id,
      label: lang === "fr" ? c.label_fr : c.label_en,
      guidance: lang === "fr" ? c.guidance_fr : c.guidance_en,
      weight: c.weight === null ? "" : formatNumber(lang, Number(c.weight), 2),
    }));
}

export type ScreeningView = {
  party: Party;
  partyLabel: string;
  summary: string;
  reason: string;
  privateNote: string;
  values: Record<string, string>;
};

/** A party's screening for officials (the private note included: only they see this view). */
export function presentScreening(row: ScreeningRow, lang: Lang): ScreeningView {
  return {
    party: row.party,
    partyLabel: partyLabel(lang, row.party),
    summary: t(lang, row.screened_by_name ? "screenedBy" : "screenedOn", {
      verdict: t(lang, row.eligible ? "eligible" : "ineligible"),
      name: row.screened_by_name ?? "",
      date: formatBothZones(lang, row.screened_at),
      n: row.version_number,
    }),
    reason: row.reason,
    privateNote: row.private_note,
    values: {
      eligible: row.eligible ? "yes" : "no",
      reason: row.reason,
      privateNote: row.private_note,
      ...Object.fromEntries(
        Object.entries(row.checklist).map(([id, met]) => [`check_${id}`, met ? "yes" : "no"]),
      ),
    },
  };
}

export type CorrectionView = { message: string; when: string };

export const presentCorrection = (row: CorrectionRow, lang: Lang): CorrectionView => ({
  message: row.message,
  when: formatBothZones(lang, row.requested_at),
});

export type AssignmentLineView = {
  id: string;
  reviewer: string;
  party: string;
  organisation: string;
  due: string;
  state: string;
  recused: boolean;
};

function assignmentState(a: AssignmentRow, lang: Lang): string {
  if (a.recused_at) return t(lang, "stateRecused", { reason: a.recusal_reason });
  if (a.submitted_at) return t(lang, "stateSubmitted");
  return t(lang, a.no_conflict_at ? "stateInProgress" : "stateAwaitingCoi");
}

export function presentAssignmentLine(a: AssignmentRow, lang: Lang): AssignmentLineView {
  return {
    id: a.id,
    reviewer: a.reviewer_name,
    party: partyLabel(lang, a.reviewer_party),
    organisation: a.reviewer_organisation ?? "—",
    due: formatBothZones(lang, a.due_at),
    state: assignmentState(a, lang),
    recused: a.recused_at !== null,
  };
}

export type ReviewerView = {
  id: string;
  name: string;
  email: string;
  party: Party | null;
  organisation: string;
  label: string;
};

export const presentReviewer = (r: ReviewerRow, lang: Lang): ReviewerView => ({
  id: r.id,
  name: r.name,
  email: r.email,
  party: r.party,
  organisation: r.organisation ?? "",
  label: r.party
    ? `${r.name} — ${partyLabel(lang, r.party)}, ${r.organisation ?? ""}`
    : `${r.name} (${r.email})`,
});

export type PartnerView = { name: string; party: string; role: string };

export type VersionView = {
  reference: string;
  version: number;
  title: string;
  partners: PartnerView[];
};

/** What anyone allowed to see an application's header sees: its title and partners. */
export function presentVersionHeader(snapshot: Snapshot, lang: Lang): VersionView {
  return {
    reference: snapshot.reference,
    version: snapshot.version,
    title: snapshot.application.title,
    partners: snapshot.partners.map((p) => ({
      name: p.name,
      party: localise(PARTY_LABELS[p.party as Party] ?? PARTY_LABELS.other, lang),
      role: localise(ROLE_LABELS[p.role as "lead" | "partner"] ?? ROLE_LABELS.partner, lang),
    })),
  };
}

/** The file of the version, for a reviewer who declared no conflict of interest. */
export type VersionFileView = {
  summary: string;
  funding: string[];
  attachments: { label: string; document: string }[];
};

export function presentVersionFile(snapshot: Snapshot, lang: Lang): VersionFileView {
  const s = snapshot.application;
  return {
    summary: (lang === "fr" ? s.summaryFr || s.summaryEn : s.summaryEn || s.summaryFr) ?? "",
    funding: snapshot.funding.map(
      (f) =>
        `${partyLabel(lang, f.party as Party)}${lang === "fr" ? "\u00a0: " : ": "}${formatMoney(lang, f.amountCents, f.party === "qc" ? "CAD" : "EUR")}`,
    ),
    attachments: snapshot.attachments.map((a) => ({
      label: `${lang === "fr" ? a.labelFr : a.labelEn} — ${a.fileName}`,
      document: a.document,
    })),
  };
}

export type MyReviewView = {
  id: string;
  callCode: string;
  callTitle: string;
  reference: string;
  title: string;
  due: string;
  state: string;
};

export function presentMyReview(a: ReviewerAssignmentRow, lang: Lang): MyReviewView {
  const snapshot = JSON.parse(a.snapshot) as Snapshot;
  return {
    id: a.id,
    callCode: a.call_code,
    callTitle: lang === "fr" ? a.call_title_fr : a.call_title_en,
    reference: a.reference,
    title: snapshot.application.title,
    due: formatBothZones(lang, a.due_at),
    state: assignmentState(a, lang),
  };
}

/**
 * A reviewer's assignment. The file and the scores appear only once no conflict of interest was
 * declared, and other reviewers' scores only once this one submitted: the route passes
 * `others` only then, and this view has no other way to them.
 */
export type AssignmentView = {
  id: string;
  callCode: string;
  callTitle: string;
  header: VersionView;
  due: string;
  open: boolean;
  submitted: string | null;
  recused: string | null;
  file: VersionFileView | null;
  criteria: CriterionView[];
  values: Record<string, string>;
  others: ReviewScoresView[];
};

/** A reviewer's submitted scores, in the grid's order. */
export type ReviewScoresView = {
  reviewer: string;
  scores: { label: string; score: string; comment: string }[];
};

export function presentSubmittedScores(
  rows: readonly (ScoreRow & { reviewer_name: string })[],
  criteria: readonly CallCriterionRow[],
  lang: Lang,
  except?: string,
): ReviewScoresView[] {
  const scored = presentCriteria(criteria, "scored", lang);
  const label = new Map(scored.map((c) => [c.id, c.label]));
  const position = new Map(scored.map((c, i) => [c.id, i]));
  const inGridOrder = [...rows].sort(
    (x, y) => (position.get(x.criterion_id) ?? 0) - (position.get(y.criterion_id) ?? 0),
  );
  const byReviewer = new Map<string, ReviewScoresView>();
  for (const s of inGridOrder) {
    if (s.assignment_id === except) continue;
    const entry = byReviewer.get(s.assignment_id) ?? { reviewer: s.reviewer_name, scores: [] };
    entry.scores.push({
      label: label.get(s.criterion_id) ?? "",
      score: s.score === null ? "—" : String(s.score),
      comment: s.comment,
    });
    byReviewer.set(s.assignment_id, entry);
  }
  return [...byReviewer.values()];
}

export function presentAssignment(
  a: ReviewerAssignmentRow,
  criteria: readonly CallCriterionRow[],
  own: readonly ScoreRow[],
  others: readonly (ScoreRow & { reviewer_name: string })[] | null,
  lang: Lang,
): AssignmentView {
  const snapshot = JSON.parse(a.snapshot) as Snapshot;
  const open = a.no_conflict_at !== null && a.recused_at === null;
  const scored = presentCriteria(criteria, "scored", lang);
  const label = new Map(scored.map((c) => [c.id, c.label]));
  const byReviewer = new Map<string, AssignmentView["others"][number]>();
  const position = new Map(scored.map((c, i) => [c.id, i]));
  const inGridOrder = [...(others ?? [])].sort(
    (x, y) => (position.get(x.criterion_id) ?? 0) - (position.get(y.criterion_id) ?? 0),
  );
  for (const s of inGridOrder) {
    if (s.assignment_id === a.id) continue;
    const entry = byReviewer.get(s.assignment_id) ?? { reviewer: s.reviewer_name, scores: [] };
    entry.scores.push({
      label: label.get(s.criterion_id) ?? "",
      score: s.score === null ? "—" : String(s.score),
      comment: s.comment,
    });
    byReviewer.set(s.assignment_id, entry);
  }

  return {
    id: a.id,
    callCode: a.call_code,
    callTitle: lang === "fr" ? a.call_title_fr : a.call_title_en,
    header: presentVersionHeader(snapshot, lang),
    due: formatBothZones(lang, a.due_at),
    open,
    submitted: a.submitted_at ? formatBothZones(lang, a.submitted_at) : null,
    recused: a.recused_at ? a.recusal_reason : null,
    file: open ? presentVersionFile(snapshot, lang) : null,
    criteria: open ? scored : [],
    values: open
      ? Object.fromEntries(
          own.flatMap((s) => [
            [`score_${s.criterion_id}`, s.score === null ? "" : String(s.score)],
            [`comment_${s.criterion_id}`, s.comment],
          ]),
        )
      : {},
    others: others ? presentSubmittedScores(others, criteria, lang, a.id) : [],
  };
}
