/** The checks of a file of projects, before anything is written. */
import { AppError } from "../../platform/errors/app-error.ts";
import type { Texts } from "../../platform/i18n/i18n.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import type { Party } from "../../shared/party.ts";
import { PROJECT_CODE_PATTERN } from "../projects/code.ts";
import { ownerPartyFor } from "../projects/commands.ts";
import { PROJECT_STATUSES, type ProjectStatus } from "../projects/labels.ts";
import { type ProjectInput, parseProjectInput } from "../projects/schema.ts";
import { partyOf } from "../shared/visibility.ts";
import { COLUMNS, type ColumnKey, NO, YES } from "./columns.ts";
import type { OrganisationIndex } from "./names.ts";
import { type PartnerRef, parsePartners } from "./partners.ts";
import type { FileRow } from "./read.ts";

export type RowProblem = { row: number; reasons: Texts[] };

/** A row that passed every check, ready to be written. */
export type ImportedProject = {
  row: number;
  code: string | null;
  status: ProjectStatus;
  ownerParty: Party;
  input: ProjectInput;
  /** null when the file has no Partners column. */
  partners: PartnerRef[] | null;
};

/** What the checks need of the database, read once for the whole file. */
export type Known = {
  codes: Set<string>;
  lines: Set<string>;
  materials: Set<string>;
  stages: Set<string>;
  countries: Set<string>;
  organisations: OrganisationIndex;
};

const label = (key: string): Texts => {
  const column = COLUMNS.find((c) => c.key === key);
  return column ? { fr: column.fr, en: column.en } : { fr: key, en: key };
};
export const about = (key: string, texts: Texts): Texts => ({
  fr: `${label(key).fr} : ${texts.fr}`,
  en: `${label(key).en}: ${texts.en}`,
});

function yesNo(value: string | undefined): boolean | undefined {
  const v = (value ?? "").trim().toLowerCase();
  if (["", NO.fr, NO.en, "false", "0"].includes(v)) return false;
  if ([YES.fr, YES.en, "true", "1"].includes(v)) return true;
  return undefined;
}

/**
 * Checks every row of the file against the same rules as the project form, plus what a file
 * adds (status, code, references known to the database), and reports every problem of every
 * row at once, in both languages.
 */
export function checkRows(
  rows: FileRow[],
  actor: Actor,
  db: Known,
): { projects: ImportedProject[]; problems: RowProblem[] } {
  const projects: ImportedProject[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  const own = partyOf(actor);
  for (const { row, values } of rows) {
    const reasons: Texts[] = [];
    const v = (key: ColumnKey) => values[key] ?? "";
    const published = yesNo(v("published"));
    if (published === undefined)
      reasons.push(about("published", { fr: "oui ou non attendu.", en: "yes or no expected." }));
    let input: ProjectInput | undefined;
    try {
      input = parseProjectInput({
        titleFr: v("titleFr"),
        titleEn: v("titleEn"),
        summaryFr: v("summaryFr"),
        summaryEn: v("summaryEn"),
        kind: v("kind"),
        ownerParty: v("ownerParty"),
        confidentialTo: v("confidentialTo"),
        published: published ? "true" : "false",
        lines: v("lines"),
        materials: v("materials"),
        stages: v("stages"),
        region: v("region"),
        country: v("country"),
        latitude: v("latitude"),
        longitude: v("longitude"),
        startOn: v("startOn"),
        endOn: v("endOn"),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const [field, texts] of Object.entries(error.fields)) reasons.push(about(field, texts));
    }
    const status = v("status") || "idea";
    if (!(PROJECT_STATUSES as readonly string[]).includes(status)) {
      reasons.push(
        about("status", { fr: `valeur inconnue « ${status} ».`, en: `unknown value “${status}”.` }),
      );
    }
    const code = v("code") || null;
    if (code !== null) {
      if (!PROJECT_CODE_PATTERN.test(code))
        reasons.push(
          about("code", { fr: "format P-AAAA-NNN attendu.", en: "P-YYYY-NNN expected." }),
        );
      else if (db.codes.has(code) || seen.has(code))
        reasons.push(about("code", { fr: `${code} existe déjà.`, en: `${code} already exists.` }));
      seen.add(code);
    }
    let owner = (own ?? v("ownerParty")) as Party | "";
    if (input && !owner) {
      // An administrator's row without an owner party: the command's rule, and its words.
      try {
        owner = ownerPartyFor(actor, input);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        for (const [field, texts] of Object.entries(error.fields))
          reasons.push(about(field, texts));
      }
    }
    if (own && v("ownerParty") && v("ownerParty") !== own) {
      reasons.push(
        about("ownerParty", {
          fr: "vous n’importez que des projets de votre partie.",
          en: "you only import projects of your own party.",
        }),
      );
    }
    // References are checked even when other fields failed, so one pass shows every problem.
    const listOf = (key: ColumnKey) => [
      ...new Set(
        v(key)
          .split(/[,;\s]+/)
          .filter(Boolean),
      ),
    ];
    const unknown = (key: ColumnKey, ids: string[], set: Set<string>) => {
      const missing = ids.filter((id) => !set.has(id));
      if (missing.length > 0)
        reasons.push(
          about(key, {
            fr: `inconnu : ${missing.join(", ")}.`,
            en: `unknown: ${missing.join(", ")}.`,
          }),
        );
    };
    unknown("lines", listOf("lines"), db.lines);
    unknown("materials", listOf("materials"), db.materials);
    unknown("stages", listOf("stages"), db.stages);
    if (input?.country) unknown("country", [input.country], db.countries);
    if (input?.confidentialTo && owner && input.confidentialTo !== owner)
      reasons.push(
        about("confidentialTo", {
          fr: "seulement la partie responsable.",
          en: "only the owner party.",
        }),
      );
    let partners: PartnerRef[] | null = null;
    if (values.partners !== undefined) {
      const parsed = parsePartners(values.partners, db.organisations);
      for (const reason of parsed.reasons) reasons.push(about("partners", reason));
      partners = parsed.partners;
    }
    if (reasons.length > 0 || !input || !owner) problems.push({ row, reasons });
    else
      projects.push({
        row,
        code,
        status: status as ProjectStatus,
        ownerParty: owner,
        input,
        partners,
      });
  }
  return { projects, problems };
}
