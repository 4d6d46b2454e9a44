/**
 * Why a source row was not stored as it stands. Codes are stable (they are saved with the
 * dataset and shown in both languages by messages.ts).
 */
export const REASONS = [
  "out_of_scope",
  "withheld",
  "not_available",
  "descriptive_value",
  "range_value",
  "bad_number",
  "unknown_material",
  "unknown_country",
  "unknown_stage",
  "included_elsewhere",
  "duplicate",
  "ambiguous_row",
  "shifted_columns_repaired",
  "scope_normalised",
  "no_hs_code",
] as const;
export type Reason = (typeof REASONS)[number];

/** skipped: not stored; repaired: stored after a documented fix; flagged: stored as it is. */
export type IssueAction = "skipped" | "repaired" | "flagged";

export type Issue = { line: number; reason: Reason; action: IssueAction; detail?: string };

/** Issues of one reason and action, as saved with the dataset and printed by the CLI. */
export type IssueGroup = {
  reason: Reason;
  action: IssueAction;
  count: number;
  lines: number[];
  details: string[];
};

export const FIRST_LINES = 20;

export function groupIssues(issues: readonly Issue[], keep = FIRST_LINES): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const i of issues) {
    const key = `${i.action}:${i.reason}`;
    let g = groups.get(key);
    if (!g) {
      g = { reason: i.reason, action: i.action, count: 0, lines: [], details: [] };
      groups.set(key, g);
    }
    g.count += 1;
    if (g.lines.length < keep) g.lines.push(i.line);
    if (i.detail && g.details.length < keep && !g.details.includes(i.detail))
      g.details.push(i.detail);
  }
  const order = (a: IssueGroup) => (a.action === "skipped" ? 0 : a.action === "repaired" ? 1 : 2);
  return [...groups.values()].sort((a, b) => order(a) - order(b) || b.count - a.count);
}

/** Lines skipped at least once: a wide row may give several values, one skipped. */
export function skippedLines(issues: readonly Issue[]): number {
  return new Set(issues.filter((i) => i.action === "skipped").map((i) => i.line)).size;
}
