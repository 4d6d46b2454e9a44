/**
 * Names the sources give countries beyond their French, English and BACI names: USGS writes
 * "Congo (Kinshasa)", "Burma", "Korea, Republic of"; the EU tables "DR Congo".
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  COD: [
    "Congo (Kinshasa)",
    "DR Congo",
    "DRC",
    "Democratic Republic of the Congo",
    "Congo, Dem. Rep.",
    "Zaire",
  ],
  COG: ["Congo (Brazzaville)", "Republic of the Congo", "Congo, Rep."],
  KOR: ["Korea, Republic of", "Republic of Korea", "Korea, Rep.", "Korea"],
  PRK: [
    "Korea, North",
    "North Korea",
    "Korea, Dem. Rep.",
    "Korea, Democratic People's Republic of",
  ],
  MMR: ["Burma"],
  RUS: ["Russia", "Russian Federation"],
  TUR: ["Turkey", "Türkiye", "Turkiye"],
  USA: ["United States", "United States of America", "U.S.", "US"],
  GBR: ["United Kingdom", "UK", "Great Britain"],
  BHS: ["The Bahamas", "Bahamas, The"],
  GMB: ["The Gambia", "Gambia, The"],
  CZE: ["Czech Republic"],
  SVK: ["Slovak Republic"],
  KGZ: ["Kyrgyz Republic"],
  LAO: ["Lao PDR", "Lao People's Democratic Republic"],
  IRN: ["Iran, Islamic Rep.", "Islamic Republic of Iran"],
  SYR: ["Syrian Arab Republic"],
  EGY: ["Egypt, Arab Rep."],
  YEM: ["Yemen, Rep."],
  VEN: ["Venezuela, RB"],
  VNM: ["Viet Nam", "Vietnam"],
  MKD: ["Macedonia", "Macedonia, FYR"],
  SWZ: ["Swaziland"],
  CIV: ["Ivory Coast", "Cote d'Ivoire"],
  TWN: ["Taiwan, China", "Chinese Taipei"],
  HKG: ["Hong Kong SAR, China", "Hong Kong, China"],
  MAC: ["Macao SAR, China", "Macau"],
  PSE: ["West Bank and Gaza", "Palestine", "State of Palestine"],
  TLS: ["East Timor", "Timor-Leste"],
  BOL: ["Bolivia"],
  TZA: ["Tanzania"],
  MDA: ["Moldova"],
  FSM: ["Micronesia, Fed. Sts."],
  XKX: ["Kosovo"],
};

/**
 * Codes a source uses where ISO 3166 alpha-3 has another (or none). WGI's own codes are kept
 * for ADO (Andorra), ROM (Romania), ZAR (DR Congo), TMP (Timor-Leste), WBG (West Bank and
 * Gaza → Palestine's PSE) and KSV (Kosovo → the user-assigned XKX, see countries.ts).
 */
export const COUNTRY_SOURCE_CODES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  wgi: { ADO: "AND", ROM: "ROU", ZAR: "COD", TMP: "TLS", WBG: "PSE", KSV: "XKX" },
};
