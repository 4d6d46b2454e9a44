/**
 * The life of a request. Transitions follow the Act's sequence: acknowledge, search, possibly
 * extend once (art. 47) or consult a third party (art. 49), decide, and then either close or go
 * to review by the CAI/CADA. A withdrawn or closed request is final.
 */
export const STATUSES = [
  "received",
  "acknowledged",
  "in_progress",
  "extended",
  "awaiting_third_party",
  "awaiting_clarification",
  "decided",
  "under_review",
  "closed",
  "withdrawn",
] as const;
export type Status = (typeof STATUSES)[number];

export const OUTCOMES = ["full", "partial", "refused", "not_held", "transferred"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Requests still waiting for a decision: the ones whose deadline runs. */
export const OPEN_STATUSES: readonly Status[] = [
  "received",
  "acknowledged",
  "in_progress",
  "extended",
  "awaiting_third_party",
  "awaiting_clarification",
];

const BEFORE_DECISION = ["in_progress", "awaiting_third_party", "awaiting_clarification"] as const;

const NEXT: Record<Status, readonly Status[]> = {
  received: ["acknowledged", ...BEFORE_DECISION, "extended", "decided", "withdrawn"],
  acknowledged: [...BEFORE_DECISION, "extended", "decided", "withdrawn"],
  in_progress: [
    "awaiting_third_party",
    "awaiting_clarification",
    "extended",
    "decided",
    "withdrawn",
  ],
  extended: [
    "in_progress",
    "awaiting_third_party",
    "awaiting_clarification",
    "decided",
    "withdrawn",
  ],
  awaiting_third_party: ["in_progress", "extended", "decided", "withdrawn"],
  awaiting_clarification: ["in_progress", "extended", "decided", "withdrawn"],
  decided: ["under_review", "closed"],
  under_review: ["closed"],
  closed: [],
  withdrawn: [],
};

export function nextStatuses(from: Status, alreadyExtended: boolean): readonly Status[] {
  return NEXT[from].filter((s) => !(s === "extended" && alreadyExtended));
}

export function canMove(from: Status, to: Status, alreadyExtended: boolean): boolean {
  return nextStatuses(from, alreadyExtended).includes(to);
}

export const isStatus = (v: unknown): v is Status => STATUSES.includes(v as Status);
export const isOutcome = (v: unknown): v is Outcome => OUTCOMES.includes(v as Outcome);
