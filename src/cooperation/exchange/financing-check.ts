import { AppError } from "../../platform/errors/app-error.ts";
import type { Texts } from "../../platform/i18n/i18n.ts";
import type { Party } from "../../shared/party.ts";
import { checkedDate } from "../financing/input.ts";
import { type Currency, parseAmount, parseCurrency } from "../financing/money.ts";
import { type OrganisationParty, PARTY_LABELS } from "../projects/labels.ts";
import type { RowProblem } from "./check.ts";
import { type FinancingKey, financingLabel } from "./financing-columns.ts";
import { codeOf, type Organisation, type OrganisationIndex } from "./names.ts";
import type { ProjectTarget } from "./queries.ts";
import type { FileRow } from "./read.ts";

/** A row that passed every check, ready to be written. */
export type CheckedLine = {
  row: number;
  project: ProjectTarget;
  funder: Organisation;
  source: "public" | "private";
  party: OrganisationParty;
  currency: Currency;
  cents: bigint;
  committedOn: string;
  confidentialTo: Party | null;
  note: string | null;
};

/** What the checks need to know, read once for the whole file. */
export type FinancingContext = {
  /** The projects the importer may see, by code. */
  projects: Map<string, ProjectTarget>;
  organisations: OrganisationIndex;
  /** Whether the importer may add financing to that project (policy "create Financing"). */
  mayFinance: (project: ProjectTarget) => boolean;
  /** Whether the importer may keep a line confidential to that party (and still see it). */
  mayConfide: (party: Party) => boolean;
};

const SOURCE_LABELS: Record<"public" | "private", Texts> = {
  public: { fr: "Public", en: "Public" },
  private: { fr: "Privé", en: "Private" },
};
const CONFIDENTIAL_LABELS: Record<Party, Texts> = { qc: PARTY_LABELS.qc, fr: PARTY_LABELS.fr };

const about = (key: FinancingKey, texts: Texts): Texts => ({
  fr: `${financingLabel(key).fr} : ${texts.fr}`,
  en: `${financingLabel(key).en}: ${texts.en}`,
});
const textsOf = (error: AppError): Texts => ({
  fr: error.messageIn("fr"),
  en: error.messageIn("en"),
});
const unknownValue = (value: string, codes: string[]): Texts => ({
  fr: `valeur inconnue « ${value} » ; valeurs possibles : ${codes.join(", ")}.`,
  en: `unknown value “${value}”; possible values: ${codes.join(", ")}.`,
});
const REQUIRED: Texts = { fr: "valeur attendue.", en: "value expected." };

/** The value, or the row's reason: the catalogue's error, unless the file says it better. */
function attempt<T>(
  reasons: Texts[],
  key: FinancingKey,
  parse: () => T,
  instead?: Texts,
): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    reasons.push(about(key, instead ?? textsOf(error)));
    return undefined;
  }
}

/**
 * Checks every row of a financing file with the rules of the commitment form, plus what a file
 * adds (projects and funders by name, the importer's rights on each line), and reports every
 * problem of every row at once, in both languages.
 */
export function checkFinancingRows(
  rows: FileRow<FinancingKey>[],
  context: FinancingContext,
): { lines: CheckedLine[]; problems: RowProblem[] } {
  const lines: CheckedLine[] = [];
  const problems: RowProblem[] = [];
  for (const { row, values } of rows) {
    const checked = checkRow(row, (key) => values[key] ?? "", context);
    if (Array.isArray(checked)) problems.push({ row, reasons: checked });
    else lines.push(checked);
  }
  return { lines, problems };
}

/** The line, or every reason it cannot be imported. */
function checkRow(
  row: number,
  v: (key: FinancingKey) => string,
  context: FinancingContext,
): CheckedLine | Texts[] {
  const reasons: Texts[] = [];
  const required = (key: FinancingKey) => {
    if (v(key) === "") reasons.push(about(key, REQUIRED));
    return v(key) !== "";
  };
  const project = required("project") ? projectOf(v("project"), context, reasons) : undefined;
  const found = required("funder") ? context.organisations(v("funder")) : undefined;
  if (found && !found.ok) reasons.push(about("funder", found.reason));
  const source = codeOf(v("source"), SOURCE_LABELS);
  if (required("source") && !source)
    reasons.push(about("source", unknownValue(v("source"), Object.keys(SOURCE_LABELS))));
  const party = codeOf(v("party"), PARTY_LABELS);
  if (required("party") && !party)
    reasons.push(about("party", unknownValue(v("party"), Object.keys(PARTY_LABELS))));
  const currency = attempt(reasons, "currency", () => parseCurrency(v("currency")));
  // A file has no page language: a comma or a point is the decimal separator, « 1 234,56 »
  // and "1234.56" alike.
  const cents = attempt(reasons, "amount", () => parseAmount(v("amount"), "fr"));
  const committedOn = attempt(
    reasons,
    "committedOn",
    () => checkedDate("committed_on", v("committedOn")),
    {
      fr: `date invalide « ${v("committedOn")} » ; attendu : AAAA-MM-JJ, une date qui existe.`,
      en: `invalid date “${v("committedOn")}”; expected: YYYY-MM-DD, a date that exists.`,
    },
  );
  const confidentialTo = confidentialityOf(v("confidentialTo"), context, reasons);
  const note = v("note");
  if (note.length > 1000)
    reasons.push(
      about("note", { fr: "1 000 caractères au plus.", en: "At most 1,000 characters." }),
    );
  if (
    !project ||
    !found?.ok ||
    !source ||
    !party ||
    !currency ||
    cents === undefined ||
    !committedOn
  )
    return reasons;
  if (reasons.length > 0) return reasons;
  return {
    row,
    project,
    funder: found.organisation,
    source,
    party,
    currency,
    cents,
    committedOn,
    confidentialTo,
    note: note === "" ? null : note,
  };
}

/** A project the importer sees and may finance; a hidden one is as unknown as a missing one. */
function projectOf(
  text: string,
  context: FinancingContext,
  reasons: Texts[],
): ProjectTarget | undefined {
  const code = text.toUpperCase();
  const project = context.projects.get(code);
  if (!project) {
    reasons.push(
      about("project", { fr: `projet inconnu « ${code} ».`, en: `unknown project “${code}”.` }),
    );
    return undefined;
  }
  if (!context.mayFinance(project)) {
    const owner = project.owner_party;
    reasons.push(
      about("project", {
        fr: `vous ne financez que les projets de votre partie (${code} : ${owner}).`,
        en: `you only add financing to your own party’s projects (${code}: ${owner}).`,
      }),
    );
    return undefined;
  }
  return project;
}

/** Empty, or a party the importer belongs to (administrators: either). */
function confidentialityOf(
  text: string,
  context: FinancingContext,
  reasons: Texts[],
): Party | null {
  if (text === "") return null;
  const to = codeOf(text, CONFIDENTIAL_LABELS);
  if (!to)
    reasons.push(about("confidentialTo", unknownValue(text, Object.keys(CONFIDENTIAL_LABELS))));
  else if (!context.mayConfide(to))
    reasons.push(
      about("confidentialTo", {
        fr: `vous ne pouvez pas réserver une ligne à une partie dont vous n’êtes pas (${to}).`,
        en: `you cannot restrict a line to a party you do not belong to (${to}).`,
      }),
    );
  else return to;
  return null;
}
