import type { Texts } from "../../platform/i18n/i18n.ts";
import { PARTIES } from "../../shared/party.ts";

export const PROJECT_KINDS = [
  "survey",
  "exploration",
  "extraction",
  "processing",
  "recycling",
  "energy",
  "rehabilitation",
  "research",
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_STATUSES = [
  "idea",
  "under_study",
  "approved",
  "in_progress",
  "completed",
  "abandoned",
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** An organisation belongs to either party, or to neither (a third country, an international body). */
export const ORGANISATION_PARTIES = [...PARTIES, "other"] as const;
export type OrganisationParty = (typeof ORGANISATION_PARTIES)[number];

export const ORGANISATION_KINDS = [
  "ministry",
  "geological_survey",
  "company",
  "university",
  "research_centre",
  "fund",
  "agency",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTNER_ROLES = ["lead", "partner", "funder", "implementer"] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const KIND_LABELS: Record<ProjectKind, Texts> = {
  survey: { fr: "Levé géoscientifique", en: "Geological survey" },
  exploration: { fr: "Exploration", en: "Exploration" },
  extraction: { fr: "Extraction", en: "Extraction" },
  processing: { fr: "Transformation", en: "Processing" },
  recycling: { fr: "Recyclage", en: "Recycling" },
  energy: { fr: "Énergie décarbonée", en: "Decarbonised energy" },
  rehabilitation: { fr: "Restauration de sites miniers", en: "Mine-site rehabilitation" },
  research: { fr: "Recherche et développement", en: "Research and development" },
};

export const STATUS_LABELS: Record<ProjectStatus, Texts> = {
  idea: { fr: "Idée", en: "Idea" },
  under_study: { fr: "À l’étude", en: "Under study" },
  approved: { fr: "Approuvé", en: "Approved" },
  in_progress: { fr: "En cours", en: "In progress" },
  completed: { fr: "Terminé", en: "Completed" },
  abandoned: { fr: "Abandonné", en: "Abandoned" },
};

export const PARTY_LABELS: Record<OrganisationParty, Texts> = {
  qc: { fr: "Québec", en: "Québec" },
  fr: { fr: "France", en: "France" },
  other: { fr: "Autre", en: "Other" },
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Texts> = {
  ministry: { fr: "Ministère", en: "Ministry" },
  geological_survey: { fr: "Service géologique", en: "Geological survey" },
  company: { fr: "Entreprise", en: "Company" },
  university: { fr: "Université", en: "University" },
  research_centre: { fr: "Centre de recherche", en: "Research centre" },
  fund: { fr: "Fonds", en: "Fund" },
  agency: { fr: "Agence", en: "Agency" },
  other: { fr: "Autre", en: "Other" },
};

export const ROLE_LABELS: Record<PartnerRole, Texts> = {
  lead: { fr: "Chef de file", en: "Lead" },
  partner: { fr: "Partenaire", en: "Partner" },
  funder: { fr: "Bailleur de fonds", en: "Funder" },
  implementer: { fr: "Maître d’œuvre", en: "Implementer" },
};
