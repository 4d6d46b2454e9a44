import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";

/** The requester's link to the receipt of their request: the only way to open it. */
export const receiptPath = (lang: Lang, created: { reference: string; receiptToken: string }) =>
  localisedPath(lang, `/acces/demande/recue/${created.reference}?jeton=${created.receiptToken}`);
