import { type Country, loadCountries } from "./countries.ts";
import { COUNTRY_ALIASES, COUNTRY_SOURCE_CODES } from "./country-aliases.ts";
import { MATERIAL_ALIASES, MATERIAL_BY_DETAIL } from "./material-aliases.ts";
import { MATERIALS, type Material } from "./materials.ts";
import { nameKey, withoutParenthesis } from "./names.ts";

/** What the parsers look names up in: pure, built once from the reference data in code. */
export type Reference = {
  materials: readonly Material[];
  countries: readonly Country[];
  materialAliases: ReadonlyMap<string, { alias: string; id: string }>;
  countryAliases: ReadonlyMap<string, { alias: string; id: string }>;
  /** Material of a source's name; a description may narrow it ("Clays" + "Kaolin"). */
  material(name: string, detail?: string): string | undefined;
  country(name: string): string | undefined;
  /** Country of a source's code: WGI's KSV → XKX, any ISO alpha-3 → itself. */
  countryByCode(source: string, code: string): string | undefined;
};

let cached: Reference | undefined;

export function reference(): Reference {
  cached ??= buildReference(MATERIALS, loadCountries());
  return cached;
}

export function buildReference(materials: readonly Material[], countries: Country[]): Reference {
  const materialAliases = aliasMap(
    materials.flatMap((m) =>
      [m.id, m.fr, m.en, ...(MATERIAL_ALIASES[m.id] ?? [])].map((a) => [a, m.id]),
    ),
  );
  const countryAliases = aliasMap(
    countries.flatMap((c) =>
      [c.id, c.fr, c.en, ...c.names, ...(COUNTRY_ALIASES[c.id] ?? [])]
        .flatMap((n) => [n, withoutParenthesis(n)])
        .filter((n): n is string => n !== undefined)
        .map((a) => [a, c.id]),
    ),
  );
  const ids = new Set(countries.map((c) => c.id));
  const lookup = (map: ReadonlyMap<string, { id: string }>, name: string) => {
    const hit = map.get(nameKey(name));
    if (hit) return hit.id;
    const shorter = withoutParenthesis(name);
    return shorter ? map.get(nameKey(shorter))?.id : undefined;
  };
  return {
    materials,
    countries,
    materialAliases,
    countryAliases,
    material(name, detail) {
      const rules = MATERIAL_BY_DETAIL[nameKey(name)];
      const narrowed = detail ? rules?.find(([re]) => re.test(detail))?.[1] : undefined;
      return narrowed ?? lookup(materialAliases, name);
    },
    country: (name) => lookup(countryAliases, name),
    countryByCode(source, code) {
      const c = code.trim().toUpperCase();
      const mapped = COUNTRY_SOURCE_CODES[source]?.[c] ?? c;
      return ids.has(mapped) ? mapped : undefined;
    },
  };
}

/** First spelling wins: the materials' and countries' own names come before the aliases. */
function aliasMap(pairs: string[][]): Map<string, { alias: string; id: string }> {
  const map = new Map<string, { alias: string; id: string }>();
  for (const [alias, id] of pairs) {
    if (!alias || !id) continue;
    const key = nameKey(alias);
    if (key && !map.has(key)) map.set(key, { alias: alias.trim(), id });
  }
  return map;
}
