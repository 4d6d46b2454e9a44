import { IntlMessageFormat } from "intl-messageformat";

export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

export type Texts = Record<Lang, string>;
type Vars = Record<string, string | number>;

/**
 * An area's messages, French and English side by side so that a missing translation is a type
 * error. Placeholders are written {name}; plurals in ICU message syntax,
 * « {n, plural, one {# projet} other {# projets}} », never « projet(s) ».
 */
export function messages<K extends string>(dict: Record<K, Texts>) {
  return (lang: Lang, key: K, vars?: Vars): string => localise(dict[key], lang, vars);
}

/** A bilingual text in one language, with French spacing applied to the template only. */
export function localise(texts: Texts, lang: Lang, vars?: Vars): string {
  const template = lang === "fr" ? frenchSpaces(texts.fr) : texts[lang];
  return ICU_ARGUMENT.test(template)
    ? icuFormat(template, lang, vars)
    : interpolate(template, vars);
}

// Only templates with a plural, select or ordinal go through intl-messageformat: ICU treats
// ASCII apostrophes and braces as syntax, which plain messages may hold as text.
const ICU_ARGUMENT = /\{\w+, ?(plural|selectordinal|select),/;
const compiled = new Map<string, IntlMessageFormat>();

function icuFormat(template: string, lang: Lang, vars: Vars = {}): string {
  const key = `${lang}|${template}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(template, lang === "fr" ? "fr-CA" : "en-CA");
    compiled.set(key, format);
  }
  const text = String(format.format(vars));
  // The count « # » follows the same French digit grouping as formatNumber (narrow no-break).
  return lang === "fr" ? text.replace(/(\d)\u00a0(\d{3})/g, "$1\u202f$2") : text;
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
