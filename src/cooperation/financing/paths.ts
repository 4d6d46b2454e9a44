import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";

/** Where the financing forms of a project post: under the project's own page. */
export const financingPath = (lang: Lang, code: string, rest = "") =>
  localisedPath(lang, `/cooperation/projets/${code}/financement${rest}`);

export const projectPath = (lang: Lang, code: string) =>
  localisedPath(lang, `/cooperation/projets/${code}`);
