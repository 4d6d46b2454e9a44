import type { Texts } from "../../platform/i18n/i18n.ts";
import { PARTNER_ROLES, type PartnerRole, ROLE_LABELS } from "../projects/labels.ts";
import { LIST_SEPARATOR } from "./columns.ts";
import { codeOf, type OrganisationIndex } from "./names.ts";

export type PartnerRef = { organisationId: string; name: string; role: PartnerRole };

// The role is the last parenthesis: organisation names may hold their own, "Fonds X (fictif)".
const ENTRY = /^(.*\S)\s*\(([^()]*)\)$/;

/**
 * The Partners cell as the export writes it, « Nom (rôle); Autre nom (rôle) »: each name must
 * be a known organisation and each role a code or its French or English label. Every problem
 * is reported; a pair given twice counts once.
 */
export function parsePartners(
  cell: string,
  organisations: OrganisationIndex,
): { partners: PartnerRef[]; reasons: Texts[] } {
  const partners: PartnerRef[] = [];
  const reasons: Texts[] = [];
  const entries = cell
    .split(LIST_SEPARATOR.trim())
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    if (!match) {
      reasons.push({
        fr: `rôle manquant pour « ${entry} » : écrivez Nom (rôle).`,
        en: `no role for “${entry}”: write Name (role).`,
      });
      continue;
    }
    const [, name = "", roleText = ""] = match;
    const role = codeOf(roleText, ROLE_LABELS);
    if (!role)
      reasons.push({
        fr: `rôle inconnu « ${roleText} » pour « ${name} » ; rôles : ${PARTNER_ROLES.join(", ")}.`,
        en: `unknown role “${roleText}” for “${name}”; roles: ${PARTNER_ROLES.join(", ")}.`,
      });
    const found = organisations(name);
    if (!found.ok) reasons.push(found.reason);
    if (!role || !found.ok) continue;
    const { id, name: known } = found.organisation;
    if (!partners.some((p) => p.organisationId === id && p.role === role))
      partners.push({ organisationId: id, name: known, role });
  }
  return { partners, reasons };
}

/** The audit's and the report's view of a list: as the export writes it. */
export const partnersText = (partners: PartnerRef[]) =>
  partners.map((p) => `${p.name} (${p.role})`).join(LIST_SEPARATOR);
