/** Finds a material by a name as users or sources write it (French, English, alias, id). */
import type { Db } from "../../platform/db/client.ts";
import { nameKey } from "../reference/names.ts";
import { type MaterialNameRow, materialAliasRows, materialNameRows } from "./queries.ts";

export type MaterialRef = { id: string; nameFr: string; nameEn: string };

export type MaterialMatch =
  | { found: true; material: MaterialRef }
  | { found: false; suggestions: MaterialRef[] };

const ref = (r: MaterialNameRow): MaterialRef => ({
  id: r.id,
  nameFr: r.name_fr,
  nameEn: r.name_en,
});

/** Every material, by id. */
export async function listMaterials(db: Db): Promise<MaterialRef[]> {
  return (await materialNameRows(db)).map(ref);
}

/**
 * The material whose id, French or English name or any source alias has the same key as
 * `name` (case, accents and punctuation ignored); otherwise up to 5 close names.
 */
export async function resolveMaterial(db: Db, name: string): Promise<MaterialMatch> {
  const key = nameKey(name);
  const materials = await listMaterials(db);
  const aliases = await materialAliasRows(db);
  const keys: { key: string; id: string }[] = [];
  for (const m of materials) {
    for (const k of [m.id, m.nameFr, m.nameEn]) keys.push({ key: nameKey(k), id: m.id });
  }
  for (const a of aliases) keys.push({ key: nameKey(a.alias_key), id: a.material_id });
  const byId = new Map(materials.map((m) => [m.id, m]));
  const exact = keys.find((k) => k.key === key);
  const hit = exact && byId.get(exact.id);
  if (hit) return { found: true, material: hit };
  // Close names: a prefix or substring, or a small edit distance.
  const scored = new Map<string, number>();
  for (const k of keys) {
    const d =
      key.length >= 3 && (k.key.includes(key) || key.includes(k.key))
        ? 0
        : editDistance(key, k.key);
    if (d <= Math.max(2, Math.floor(key.length / 4)) && d < (scored.get(k.id) ?? Infinity)) {
      scored.set(k.id, d);
    }
  }
  const suggestions = [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .flatMap(([id]) => byId.get(id) ?? []);
  return { found: false, suggestions };
}

/** Levenshtein distance (names are short: quadratic is fine). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
