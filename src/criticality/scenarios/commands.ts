/** Saving and deleting scenarios: each a command, so the audit log says who did it. */
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Actor, Role } from "../../platform/policy/roles.ts";
import type { GlobalScenarioResult, ScenarioChangeSpec } from "../loaders/global-eu-scenario.ts";
import { computeScenario } from "./compute.ts";
import type { AuthorParty, SavedScenario, ScenarioVintages } from "./present.ts";

/** The party a role speaks for; roles that cannot save have none. */
export const PARTY_OF_ROLE: Partial<Record<Role, AuthorParty>> = {
  "member-qc": "qc",
  "member-fr": "fr",
  admin: "admin",
};

export const TITLE_MAX = 200;
export const NOTE_MAX = 2000;

export type SaveInput = {
  title?: string | undefined;
  note?: string | undefined;
  material: string;
  changes: ScenarioChangeSpec[];
};

export const vintagesOf = (r: GlobalScenarioResult): ScenarioVintages => ({
  production: r.sources.production.map((p) => ({
    stage: p.stage,
    year: p.year,
    vintage: p.vintage,
  })),
  wgi: r.sources.wgi.year,
  eu: r.sources.eu,
});

/**
 * Recomputes the scenario on the server and stores that result: a result sent by a client is
 * never taken, so what both parties see is what the data gave.
 */
export async function saveScenario(
  db: Db,
  performer: Performer,
  author: Actor,
  lang: Lang,
  input: SaveInput,
): Promise<{ id: string }> {
  const party = author.kind === "user" ? PARTY_OF_ROLE[author.role] : undefined;
  if (author.kind !== "user" || !party) throw fail("forbidden");
  const title = (input.title ?? "").trim();
  if (title === "" || title.length > TITLE_MAX)
    throw fail("criticality_scenario_title", { max: TITLE_MAX });
  const note = (input.note ?? "").trim();
  if (note.length > NOTE_MAX) throw fail("criticality_scenario_note", { max: NOTE_MAX });
  const result = await computeScenario(db, lang, input.material, input.changes);
  return runCommand(db, performer, "saved_scenario.create", async ({ tx, audit }) => {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO saved_scenarios
         (title, note, material_id, changes, result, vintages, author_id, author_party)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        title,
        note === "" ? null : note,
        result.material,
        JSON.stringify(result.changes),
        JSON.stringify(result),
        JSON.stringify(vintagesOf(result)),
        author.id,
        party,
      ],
    );
    const id = (row as { id: string }).id;
    await audit({
      subjectType: "SavedScenario",
      subjectId: id,
      changes: {
        title: { from: null, to: title },
        material: { from: null, to: result.material },
        changes: { from: null, to: result.changes },
      },
    });
    return { id };
  });
}

/** Deletes a scenario the caller has already been allowed to delete. */
export async function deleteSavedScenario(
  db: Db,
  performer: Performer,
  scenario: SavedScenario,
): Promise<void> {
  await runCommand(db, performer, "saved_scenario.delete", async ({ tx, audit }) => {
    const gone = await tx.query("DELETE FROM saved_scenarios WHERE id = $1 RETURNING id", [
      scenario.id,
    ]);
    if (gone.length === 0) throw fail("not_found");
    await audit({
      subjectType: "SavedScenario",
      subjectId: scenario.id,
      changes: {
        title: { from: scenario.title, to: null },
        material: { from: scenario.material.id, to: null },
      },
    });
  });
}
