import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db } from "../../platform/db/client.ts";
import type { Policy } from "../../platform/policy/policy.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import { insertCommitment } from "../financing/commitments.ts";
import type { Currency } from "../financing/money.ts";
import { mayConfideTo, visibilityOf } from "../visibility.ts";
import { type CheckedLine, checkFinancingRows } from "./financing-check.ts";
import type { FinancingKey } from "./financing-columns.ts";
import { lineKey, visibleLineKeys, visibleProjects } from "./financing-repository.ts";
import type { RowProblem } from "./import.ts";
import { loadOrganisations } from "./names.ts";
import type { FileRow } from "./read.ts";

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
