import type { Actor } from "../../platform/policy/roles.ts";
import type { Party } from "../../shared/party.ts";

/** The party an actor works for: members of each party; nobody else belongs to one. */
export function partyOf(actor: Actor): Party | null {
  if (actor.kind !== "user") return null;
  if (actor.role === "member-qc") return "qc";
  if (actor.role === "member-fr") return "fr";
  return null;
}

/**
 * Who sees what of the portfolio:
 * - administrators see everything;
 * - members of a party see what is shared by both parties and what is confidential to theirs;
 * - other signed-in users (reviewers, access officers) see what is shared by both parties;
 * - the public sees published projects only, never anything confidential.
 * Financing lines follow the same rule with their own confidentiality, inside a visible project.
 */
export type Visibility =
  | { kind: "all" }
  | { kind: "party"; party: Party }
  | { kind: "shared" }
  | { kind: "public" };

/** Whether a reader may make something confidential to that party and still see it. */
export const mayConfideTo = (v: Visibility, party: Party): boolean =>
  v.kind === "all" || (v.kind === "party" && v.party === party);

export function visibilityOf(actor: Actor): Visibility {
  if (actor.kind !== "user") return { kind: "public" };
  if (actor.role === "admin") return { kind: "all" };
  const party = partyOf(actor);
  return party ? { kind: "party", party } : { kind: "shared" };
}

/**
 * A SQL condition on a table aliased `alias` with `confidential_to` (and `published` for
 * projects), its parameters appended to `params`. Always parenthesised, so it can be ANDed.
 */
export function visibleSql(
  v: Visibility,
  alias: string,
  params: unknown[],
  options: { publishedColumn?: boolean } = {},
): string {
  const column = `${alias}.confidential_to`;
  switch (v.kind) {
    case "all":
      return "(TRUE)";
    case "party":
      params.push(v.party);
      return `(${column} IS NULL OR ${column} = $${params.length})`;
    case "shared":
      return `(${column} IS NULL)`;
    case "public":
      return options.publishedColumn
        ? `(${column} IS NULL AND ${alias}.published)`
        : `(${column} IS NULL)`;
  }
}

/** Whether a row with that confidentiality (and publication) is visible. */
export function canSee(
  v: Visibility,
  row: { confidential_to: string | null; published?: boolean },
): boolean {
  switch (v.kind) {
    case "all":
      return true;
    case "party":
      return row.confidential_to === null || row.confidential_to === v.party;
    case "shared":
      return row.confidential_to === null;
    case "public":
      return row.confidential_to === null && row.published !== false;
  }
}
