import type { Texts } from "../i18n/i18n.ts";

export const ROLES = [
  "admin",
  "member-qc",
  "member-fr",
  "access-officer",
  "reviewer",
  "applicant",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Texts> = {
  admin: { fr: "Administrateur ou administratrice", en: "Administrator" },
  "member-qc": { fr: "Membre – Québec", en: "Member – Québec" },
  "member-fr": { fr: "Membre – France", en: "Member – France" },
  "access-officer": {
    fr: "Responsable de l’accès à l’information",
    en: "Access-to-information officer",
  },
  reviewer: { fr: "Évaluateur ou évaluatrice", en: "Reviewer" },
  applicant: { fr: "Candidat ou candidate", en: "Applicant" },
};

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** Who is making a request: nobody in particular, or a signed-in user. */
export type Actor =
  | { kind: "anonymous" }
  | { kind: "user"; id: string; email: string; name: string; role: Role; via: "session" | "token" };

export const ANONYMOUS: Actor = { kind: "anonymous" };
