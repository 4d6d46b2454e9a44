import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";

export const CALLS_PATH = "/appels";
export const callPath = (lang: Lang, code: string, tail = "") =>
  localisedPath(lang, `${CALLS_PATH}/${code}${tail}`);
