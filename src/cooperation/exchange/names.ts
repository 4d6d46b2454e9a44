import type { Texts } from "../../platform/i18n/i18n.ts";

/**
 * Names as people type them in a spreadsheet: case, accents, curly apostrophes and repeated
 * spaces do not count, so « Université Laval » matches "universite laval".
 */
export const folded = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** A code from its code or its French or English label, in any case or accents. */
export function codeOf<C extends string>(value: string, labels: Record<C, Texts>): C | undefined {
  const v = folded(value);
  if (v === "") return undefined;
  return (Object.keys(labels) as C[]).find((code) =>
    [code, labels[code].fr, labels[code].en].some((name) => folded(name) === v),
  );
}

export type Organisation = { id: string; name: string };

export type OrganisationMatch =
  | { ok: true; organisation: Organisation }
  | { ok: false; reason: Texts };

/** Finds an organisation by name: exact (case aside) first, then folded if only one matches. */
export type OrganisationIndex = (name: string) => OrganisationMatch;

export function organisationIndex(organisations: Organisation[]): OrganisationIndex {
  const exact = new Map(organisations.map((o) => [o.name.toLowerCase(), o]));
  const byFolded = new Map<string, Organisation[]>();
  for (const o of organisations) {
    const key = folded(o.name);
    byFolded.set(key, [...(byFolded.get(key) ?? []), o]);
  }
  return (name) => {
    const found = exact.get(name.trim().toLowerCase());
    if (found) return { ok: true, organisation: found };
    const candidates = byFolded.get(folded(name)) ?? [];
    if (candidates.length === 1) return { ok: true, organisation: candidates[0] as Organisation };
    if (candidates.length === 0)
      return {
        ok: false,
        reason: { fr: `organisation inconnue « ${name} ».`, en: `unknown organisation “${name}”.` },
      };
    const names = candidates.map((o) => o.name).join(", ");
    return {
      ok: false,
      reason: {
        fr: `« ${name} » peut désigner plusieurs organisations (${names}) : écrivez le nom exact.`,
        en: `“${name}” may name several organisations (${names}): write the exact name.`,
      },
    };
  };
}
