import { AppError } from "../../../platform/errors/app-error.ts";

/**
 * Which materials each HS6 code counts towards: "260400" → ["nickel"]. Codes may be written
 * with or without their leading zero ("081110" or "81110"). A material may have several codes
 * (cobalt: 282200 and 810510) and a code may serve several materials.
 */
export type HsMaterialMap =
  | ReadonlyMap<string, readonly string[]>
  | Readonly<Record<string, readonly string[]>>;

/** HS6 codes are below 10^6, so a flat table answers "is this code mapped" in one load. */
export const HS6_LIMIT = 1_000_000;

export type CompiledHsMap = {
  /** 0 for an unmapped code, else 1 + the index of its group in `groups`. */
  groupOf: Uint16Array;
  /** Per group, the indices (into `materials`) it counts towards. */
  groups: readonly (readonly number[])[];
  materials: readonly string[];
};

export function compileHsMap(map: HsMaterialMap): CompiledHsMap {
  const entries = map instanceof Map ? [...map.entries()] : Object.entries(map);
  const materials: string[] = [];
  const materialIndex = new Map<string, number>();
  const groupOf = new Uint16Array(HS6_LIMIT);
  const groups: number[][] = [];
  for (const [code, ids] of entries as [string, readonly string[]][]) {
    const hs = String(code).trim();
    if (!/^\d{1,6}$/.test(hs)) {
      throw invalidMap(
        `le code SH « ${hs} » n’a pas 1 à 6 chiffres`,
        `HS code “${hs}” is not 1 to 6 digits`,
      );
    }
    const indices = ids.map((id) => {
      if (id.trim() === "") {
        throw invalidMap(
          `le code SH ${hs} nomme une matière vide`,
          `HS code ${hs} names an empty material`,
        );
      }
      let index = materialIndex.get(id);
      if (index === undefined) {
        index = materials.push(id) - 1;
        materialIndex.set(id, index);
      }
      return index;
    });
    const k = Number(hs);
    // "81110" and "081110" are the same code: merge rather than let one silently win.
    const existing = groupOf[k] ? groups[(groupOf[k] as number) - 1] : undefined;
    if (existing) {
      for (const i of indices) if (!existing.includes(i)) existing.push(i);
    } else if (indices.length > 0) {
      if (groups.length >= 0xfffe)
        throw invalidMap("plus de 65 534 codes SH", "over 65,534 HS codes");
      groups.push([...new Set(indices)]);
      groupOf[k] = groups.length;
    }
  }
  return { groupOf, groups, materials };
}

const invalidMap = (fr: string, en: string) =>
  new AppError("validation_failed", {}, { hsToMaterials: { fr, en } });
