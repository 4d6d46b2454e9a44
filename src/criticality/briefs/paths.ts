import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";

/** Where briefs live on the site, beside the other criticality pages. */
export const BRIEFS = "/criticite/notes";
export const briefsPath = (lang: Lang, rest = "") => localisedPath(lang, `${BRIEFS}${rest}`);
export const briefPath = (lang: Lang, id: string, rest = "") => briefsPath(lang, `/${id}${rest}`);
