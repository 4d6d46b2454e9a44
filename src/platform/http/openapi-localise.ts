import type { Lang } from "../i18n/i18n.ts";

const TEXT_KEYS = new Set(["summary", "description", "name"]);

/**
 * The OpenAPI document in one language, for the reference page of that language. Its texts are
 * written « français / English »: a text with exactly one « / » keeps the side of the language
 * asked; any other text (a path, a code, several slashes) is left whole. Tag names change the
 * same way wherever they appear, so operations stay grouped under their tag.
 */
export function localiseDocument<T>(doc: T, lang: Lang): T {
  const pickSide = (text: string) => {
    const sides = text.split(" / ");
    return sides.length === 2 ? (lang === "fr" ? sides[0] : sides[1]) : text;
  };
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === "string")
      return key !== undefined && TEXT_KEYS.has(key) ? pickSide(value) : value;
    if (Array.isArray(value))
      return value.map((v) =>
        key === "tags" && typeof v === "string" ? pickSide(v) : walk(v, undefined),
      );
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          key === "properties" || key === "schemas" ? walk(v, undefined) : walk(v, k),
        ]),
      );
    return value;
  };
  return walk(doc, undefined) as T;
}
