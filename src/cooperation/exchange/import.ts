import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import type { Texts } from "../../platform/i18n/i18n.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import { PROJECT_CODE_PATTERN } from "../projects/code.ts";
import { PROJECT_STATUSES, type ProjectStatus } from "../projects/labels.ts";
import { createProjectWith, ownerPartyFor } from "../projects/project-commands.ts";
import { type ProjectInput, parseProjectInput } from "../projects/project-input.ts";
import { type Party, partyOf } from "../visibility.ts";
import { COLUMNS, type ColumnKey, NO, YES } from "./columns.ts";
import { loadOrganisations, type OrganisationIndex } from "./names.ts";
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

export type ImportReport =
  | { ok: true; dryRun: boolean; projects: (ImportedProject & { code: string })[] }
  | { ok: false; problems: RowProblem[] };

/** What the checks need of the database, read once for the whole file. */
type Known = {
  codes: Set<string>;
  lines: Set<string>;
  materials: Set<string>;
  stages: Set<string>;
  countries: Set<string>;
  organisations: OrganisationIndex;
};

async function known(db: Queryable): Promise<Known> {
  const ids = async (sql: string) =>
    new Set((await db.query<{ id: string }>(sql)).map((r) => r.id));
  return {
    codes: await ids("SELECT code AS id FROM projects"),
    lines: await ids("SELECT code AS id FROM action_lines"),
    materials: await ids("SELECT id FROM materials"),
    stages: await ids("SELECT id FROM stages"),
    countries: await ids("SELECT id FROM countries"),
    organisations: await loadOrganisations(db),
  };
}

const label = (key: string): Texts => {
  const column = COLUMNS.find((c) => c.key === key);
  return column ? { fr: column.fr, en: column.en } : { fr: key, en: key };
};
const about = (key: string, texts: Texts): Texts => ({
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

/**
 * Imports a file of projects all or nothing: any invalid row and nothing is written; otherwise
 * every project is created by the create command, all in one transaction, one audit event each. A dry run checks and
 * reports the same way, and writes nothing.
 */
export async function importProjects(
  db: Db,
  performer: Performer,
  actor: Actor,
  rows: FileRow[],
  options: { dryRun: boolean; today: string },
): Promise<ImportReport> {
  const checked = checkRows(rows, actor, await known(db));
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  if (options.dryRun) {
    return {
      ok: true,
      dryRun: true,
      projects: checked.projects.map((p) => ({ ...p, code: p.code ?? "" })),
    };
  }
  try {
    const projects = await runCommand(
      db,
      performer,
      "cooperation.project.import",
      async (tools) => {
        // Each project through the create command, audited under the import's action; a row the
        // command refuses (a reference or a code gone since the check) is reported as its row,
        // and the transaction leaves the previous state intact.
        const create = async (p: ImportedProject, code?: string) => {
          try {
            const created = await createProjectWith(tools, performer, {
              input: p.partners
                ? {
                    ...p.input,
                    partners: p.partners.map(({ organisationId, role }) => ({
                      organisationId,
                      role,
                    })),
                  }
                : p.input,
              ownerParty: p.ownerParty,
              today: options.today,
              code,
              status: p.status,
              note: "import",
            });
            return { ...p, code: created.code };
          } catch (error) {
            if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
            const reasons = Object.entries(error.fields).map(([field, texts]) =>
              about(field, texts),
            );
            throw new RowRefused({ row: p.row, reasons });
          }
        };
        // Codes from the file first, so that allocated ones never take a number the file uses.
        const given = checked.projects.filter((p) => p.code !== null);
        const written = [];
        for (const p of given) written.push(await create(p, p.code as string));
        for (const y of new Set(given.map((p) => Number(p.code?.slice(2, 6)))))
          await catchUpCodeCounter(tools.tx, y);
        for (const p of checked.projects.filter((p) => p.code === null))
          written.push(await create(p));
        return written.sort((a, b) => a.row - b.row);
      },
    );
    return { ok: true, dryRun: false, projects };
  } catch (error) {
    if (error instanceof RowRefused) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

/** A row the create command refused while the import was writing: the whole import rolls back. */
class RowRefused extends Error {
  constructor(readonly problem: RowProblem) {
    super(`row ${problem.row} refused`);
  }
}

/**
 * Codes given by a file may be ahead of the year's counter (they came from another database):
 * the counter catches up with the codes in use, so that the next project created gets a free one.
 */
export async function catchUpCodeCounter(tx: Queryable, year: number): Promise<void> {
  await tx.query(
    `INSERT INTO project_code_counters (year, last_number)
     SELECT $1::smallint, max(split_part(code, '-', 3)::int) FROM projects
     WHERE code LIKE 'P-' || $1::text || '-%'
     HAVING count(*) > 0
     ON CONFLICT (year) DO UPDATE
       SET last_number = GREATEST(project_code_counters.last_number, EXCLUDED.last_number)`,
    [year],
  );
}
