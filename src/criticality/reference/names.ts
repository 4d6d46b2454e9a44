/**
 * The key a source's name is matched by: case, accents, typographic quotes and dashes, "&",
 * footnote digits and runs of spaces (including the no-break spaces of USGS files) do not
 * count, so "Côte d’Ivoire ", "COTE D'IVOIRE" and "Cote d'Ivoire" meet.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—−]/g, "-")
    .replace(/&/g, " and ")
    .replace(/[-_/]/g, " ")
    .replace(/[.,;:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The name without a trailing parenthesis: "Chromium (Cr2O3)" → "Chromium". */
export function withoutParenthesis(name: string): string | undefined {
  const stripped = name.replace(/\s*\([^()]*\)\s*$/, "").trim();
  return stripped !== name.trim() && stripped !== "" ? stripped : undefined;
}
