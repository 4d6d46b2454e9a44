import type { Lang } from "../../platform/i18n/i18n.ts";
import { JURISDICTIONS, type Jurisdiction } from "../../shared/jurisdiction.ts";

export const LETTER_KINDS = ["acknowledgement", "extension", "decision", "recourse"] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const OUTCOMES = ["accessible", "partial", "refused", "not_held"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Everything a letter says, as plain data the request register can build from its rows. */
export type LetterData = {
  kind: LetterKind;
  lang: Lang;
  jurisdiction: Jurisdiction;
  /** YYYY-MM-DD, like every other date here. */
  sentOn: string;
  reference: string;
  receivedOn: string;
  subject: string;
  /** Where the letter is written from (« Québec, le … »); defaults to the jurisdiction's capital. */
  place?: string;
  requester: { name: string; addressLines: string[]; email?: string };
  deadlines: { due: string; extendedDue?: string; reviewUntil?: string };
  documents: { title: string; outcome: Outcome; articles: string[] }[];
  articlesQuoted: { article: string; text: string }[];
  officer: {
    name: string;
    title: string;
    unit: string;
    organisation: string;
    addressLines: string[];
    phone?: string;
    email?: string;
  };
  attachments: string[];
};

/** Which template a letter uses: one per kind, jurisdiction and language. */
export type TemplateKey = { kind: LetterKind; jurisdiction: Jurisdiction; lang: Lang };

/** France has no extension notice: the CRPA's one-month deadline cannot be extended. */
export const TEMPLATE_KEYS: TemplateKey[] = LETTER_KINDS.flatMap((kind) =>
  JURISDICTIONS.filter((j) => !(kind === "extension" && j === "fr")).flatMap((jurisdiction) =>
    (["fr", "en"] as const).map((lang) => ({ kind, jurisdiction, lang })),
  ),
);

export const isTemplateKey = (key: { kind: string; jurisdiction: string; lang: string }) =>
  TEMPLATE_KEYS.some(
    (k) => k.kind === key.kind && k.jurisdiction === key.jurisdiction && k.lang === key.lang,
  );
