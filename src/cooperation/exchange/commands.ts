/** The imports of files: projects, and financing lines, each all or nothing. */
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import type { Policy } from "../../platform/policy/policy.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import { insertCommitment } from "../financing/commands.ts";
import type { Currency } from "../financing/money.ts";
import { createProjectWith } from "../projects/commands.ts";
import { mayConfideTo, visibilityOf } from "../shared/visibility.ts";
import { about, checkRows, type ImportedProject, type RowProblem } from "./check.ts";
import { type CheckedLine, checkFinancingRows } from "./financing-check.ts";
import type { FinancingKey } from "./financing-columns.ts";
import {
  lineKey,
  loadKnown,
  loadOrganisations,
  visibleLineKeys,
  visibleProjects,
} from "./queries.ts";
import type { FileRow } from "./read.ts";

export type ImportReport =
  | { ok: true; dryRun: boolean; projects: (ImportedProject & { code: string })[] }
  | { ok: false; problems: RowProblem[] };

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
  const checked = checkRows(rows, actor, await loadKnown(db));
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

/** A line of the report: what the importer recognises in their file. */
export type LineSummary = {
  row: number;
  project: string;
  funder: string;
  cents: bigint;
  currency: Currency;
  committedOn: string;
};

export type FinancingReport =
  | { ok: true; dryRun: boolean; added: LineSummary[]; skipped: LineSummary[] }
  | { ok: false; problems: RowProblem[] };

const summaryOf = (l: CheckedLine): LineSummary => ({
  row: l.row,
  project: l.project.code,
  funder: l.funder.name,
  cents: l.cents,
  currency: l.currency,
  committedOn: l.committedOn,
});

/**
 * Imports a file of financing lines all or nothing: any invalid row and nothing is written;
 * otherwise every new line is added in one transaction, with one audit event each. A line
 * identical to one already recorded (same project, funder, currency, amount and date) is
 * skipped and reported, so that sending the same file twice adds nothing. A dry run checks and
 * reports the same way, and writes nothing.
 */
export async function importFinancing(
  db: Db,
  performer: Performer,
  actor: Actor,
  policy: Policy,
  rows: FileRow<FinancingKey>[],
  options: { dryRun: boolean },
): Promise<FinancingReport> {
  const v = visibilityOf(actor);
  return runCommand(db, performer, "financing.commitment.import", async (tools) => {
    const { tx } = tools;
    // One import at a time: two sends of one file would otherwise both pass the duplicate check.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('cooperation:financing-import'))");
    const checked = checkFinancingRows(rows, {
      projects: await visibleProjects(tx, v),
      organisations: await loadOrganisations(tx),
      mayFinance: (p) => policy.can(actor, "create", "Financing", { owner_party: p.owner_party }),
      // Only a line the importer would still see: administrators see every line.
      mayConfide: (party) => mayConfideTo(v, party),
    });
    if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
    const projectIds = [...new Set(checked.lines.map((l) => l.project.id))];
    const recorded = await visibleLineKeys(tx, v, projectIds);
    const added: LineSummary[] = [];
    const skipped: LineSummary[] = [];
    for (const line of checked.lines) {
      const key = lineKey({ ...line, projectId: line.project.id, funderId: line.funder.id });
      if (recorded.has(key)) {
        skipped.push(summaryOf(line));
        continue;
      }
      if (!options.dryRun) {
        const { project, funder, row: _, ...commitment } = line;
        await insertCommitment(
          tools,
          project.id,
          { ...commitment, funderId: funder.id },
          { project: project.code },
        );
      }
      added.push(summaryOf(line));
    }
    return { ok: true, dryRun: options.dryRun, added, skipped };
  });
}
