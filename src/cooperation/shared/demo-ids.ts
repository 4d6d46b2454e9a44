/**
 * The ids of the demo portfolio's records, fixed rather than drawn at seed time, so that the
 * API documentation's examples name an organisation, a commitment or a milestone that exists
 * in every demo database. Each id is a name-based UUID (version 5 layout) of the record's demo
 * key: stable when the demo lists are reordered, and no other record can ever draw it.
 */
import { createHash } from "node:crypto";

export type DemoRecord = "organisation" | "commitment" | "milestone";

/** The fixed id of a demo record: an organisation by its key, a commitment or milestone by « code:n ». */
export function demoId(kind: DemoRecord, key: string): string {
  const hex = createHash("sha1").update(`alliage-demo:${kind}:${key}`).digest("hex");
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join("-");
}

/**
 * What the API's examples name (demo/projects.ts): P-2024-001 (in progress, led by the MRNF
 * with the BRGM as partner), its first commitment (the MRNF's, in CAD, partly disbursed), its
 * open milestone, and Université Laval, not yet among its partners.
 */
export const EXAMPLE = {
  project: "P-2024-001",
  funder: demoId("organisation", "mrnf"),
  newPartner: demoId("organisation", "laval"),
  partner: demoId("organisation", "brgm"),
  commitment: demoId("commitment", "P-2024-001:1"),
  openMilestone: demoId("milestone", "P-2024-001:2"),
} as const;
