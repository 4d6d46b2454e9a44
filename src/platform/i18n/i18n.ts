export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

export type Texts = Record<Lang, string>;
type Vars = Record<string, string | number>;

/**
 * An area's messages, French and English side by side so that a missing translation is a type
 * error. Placeholders are written {name}.
 */
export function messages<K extends string>(dict: Record<K, Texts>) {
  return (lang: Lang, key: K, vars?: Vars): string => localise(dict[key], lang, vars);
}

/** A bilingual text in one language, with French spacing applied to the template only. */
export function localise(texts: Texts, lang: Lang, vars?: Vars): string {
  const template = lang === "fr" ? frenchSpaces(texts.fr) : texts[lang];
  return interpolate(template, vars);
}

/**
 * French puts a no-break space before « : » and a narrow one before ; ! ?, and inside guillemets.
 * Only spaces already typed are replaced, so URLs and code in messages are left alone.
 */
export function frenchSpaces(text: string): string {
  return text
    .replace(/ :/g, "\u00a0:")
    .replace(/ ([;!?])/g, "\u202f$1")
    .replace(/« /g, "«\u00a0")
    .replace(/ »/g, "\u00a0»");
}

export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Picks the text of a bilingual row (name_fr / name_en columns). */
export function pick<T extends Record<string, unknown>>(row: T, field: string, lang: Lang): string {
  return String(row[`${field}_${lang}`] ?? row[`${field}_fr`] ?? "");
}

export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}

/** Paths: French at /…, English at /en/…. */
export function localisedPath(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (lang === "fr") return clean;
  return clean === "/" ? "/en" : `/en${clean}`;
}

/** Splits a request path into its language and the path without the prefix. */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  if (path === "/en" || path === "/en/") return { lang: "en", path: "/" };
  if (path.startsWith("/en/")) return { lang: "en", path: path.slice(3) };
  return { lang: "fr", path };
}
