/**
 * What a shared analysis brief is: its bilingual texts, linked materials and projects, frozen
 * figures, and the states it goes through. Pure: no database, so that rules are tested alone.
 */

import type { Texts } from "../../platform/i18n/i18n.ts";
import { PARTIES, type Party } from "../../shared/party.ts";
import type { FrozenFigure } from "./figure-types.ts";

export const BRIEF_STATUSES = ["draft", "in_review", "approved", "published"] as const;
export type BriefStatus = (typeof BRIEF_STATUSES)[number];

export const TEXT_FIELDS = [
  "titleFr",
  "titleEn",
  "summaryFr",
  "summaryEn",
  "conclusionsFr",
  "conclusionsEn",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Longest text each field takes: a title is a line, a summary a paragraph or two. */
export const MAX_LENGTH: Record<TextField, number> = {
  titleFr: 200,
  titleEn: 200,
  summaryFr: 4000,
  summaryEn: 4000,
  conclusionsFr: 12000,
  conclusionsEn: 12000,
};

export type BriefContent = Record<TextField, string> & {
  /** Material ids of the reference list. */
  materials: string[];
  /** Project codes (P-2024-005). */
  projects: string[];
  figures: FrozenFigure[];
};

export const EMPTY_CONTENT: BriefContent = {
  titleFr: "",
  titleEn: "",
  summaryFr: "",
  summaryEn: "",
  conclusionsFr: "",
  conclusionsEn: "",
  materials: [],
  projects: [],
  figures: [],
};

export const FIELD_LABELS: Record<TextField | "materials" | "projects" | "figures", Texts> = {
  titleFr: { fr: "Titre (français)", en: "Title (French)" },
  titleEn: { fr: "Titre (anglais)", en: "Title (English)" },
  summaryFr: { fr: "Résumé (français)", en: "Summary (French)" },
  summaryEn: { fr: "Résumé (anglais)", en: "Summary (English)" },
  conclusionsFr: { fr: "Conclusions (français)", en: "Conclusions (French)" },
  conclusionsEn: { fr: "Conclusions (anglais)", en: "Conclusions (English)" },
  materials: { fr: "Matières liées", en: "Linked materials" },
  projects: { fr: "Projets liés", en: "Linked projects" },
  figures: { fr: "Figures", en: "Figures" },
};

export const STATUS_LABELS: Record<BriefStatus, Texts> = {
  draft: { fr: "Brouillon", en: "Draft" },
  in_review: { fr: "En revue", en: "In review" },
  approved: { fr: "Approuvée", en: "Approved" },
  published: { fr: "Publiée", en: "Published" },
};

export const PARTY_LABELS: Record<Party, Texts> = {
  qc: { fr: "Québec", en: "Québec" },
  fr: { fr: "France", en: "France" },
};

/** Fields a brief cannot be published without: every text, in both languages. */
export const missingForPublication = (c: BriefContent): TextField[] =>
  TEXT_FIELDS.filter((f) => c[f].trim() === "");

/** A draft needs a title in at least one language, so that lists can name it. */
export const hasSomeTitle = (c: BriefContent) => c.titleFr.trim() !== "" || c.titleEn.trim() !== "";

/** The title in the reader's language, else the other one. */
export const titleIn = (c: BriefContent, lang: "fr" | "en") =>
  (lang === "fr" ? c.titleFr || c.titleEn : c.titleEn || c.titleFr).trim();

/** The parties whose approval a brief in review still needs. */
export const partiesStillToApprove = (approved: readonly Party[]): Party[] =>
  PARTIES.filter((p) => !approved.includes(p));
