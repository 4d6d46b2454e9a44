import { diffFields } from "../../platform/audit/changes.ts";
import { type CommandTools, type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import type { Party } from "../../shared/party.ts";
import { partyOf } from "../shared/visibility.ts";
import { PROJECT_CODE_PATTERN } from "./code.ts";
import type { ProjectStatus } from "./labels.ts";
import { findProjectByCode, type ProjectRow } from "./queries.ts";
import type { ProjectInput } from "./schema.ts";

const SUBJECT = "Project";

/**
 * The party that will own a new project: a member's own party, whatever the form said; an
 * administrator must choose one.
 */
export function ownerPartyFor(actor: Actor, input: ProjectInput): Party {
  const party = partyOf(actor) ?? input.ownerParty;
  if (!party) {
    throw fail(
      "validation_failed",
      {},
      {
        ownerParty: {
          fr: "Choisissez la partie responsable du projet.",
          en: "Choose the party responsible for the project.",
        },
      },
    );
  }
  return party;
}

/**
 * Checks every identifier the input refers to, and the code a new project brings with it (an
 * import's); unknown ones, and a code in use, are field errors.
 */
async function checkReferences(tx: Queryable, input: ProjectInput, owner: Party, newCode?: string) {
  const fields: FieldErrors = {};
  if (newCode !== undefined) {
    if (!PROJECT_CODE_PATTERN.test(newCode)) {
      fields.code = { fr: "Format P-AAAA-NNN attendu.", en: "P-YYYY-NNN expected." };
    } else if ((await tx.query("SELECT 1 FROM projects WHERE code = $1", [newCode])).length > 0) {
      fields.code = { fr: `${newCode} existe déjà.`, en: `${newCode} already exists.` };
    }
  }
  const missing = async (table: string, column: string, ids: string[]) => {
    if (ids.length === 0) return [];
    const rows = await tx.query<{ id: string }>(
      `SELECT ${column} AS id FROM ${table} WHERE ${column} = ANY($1::text[])`,
      [ids],
    );
    const found = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !found.has(id));
  };
  const lines = await missing("action_lines", "code", input.lines);
  if (lines.length) {
    fields.lines = {
      fr: `Axe d’action inconnu : ${lines.join(", ")}.`,
      en: `Unknown line of action: ${lines.join(", ")}.`,
    };
  }
  const stages = await missing("stages", "id", input.stages);
  if (stages.length) {
    fields.stages = {
      fr: `Étape inconnue : ${stages.join(", ")}.`,
      en: `Unknown stage: ${stages.join(", ")}.`,
    };
  }
  const materials = await missing("materials", "id", input.materials);
  if (materials.length) {
    fields.materials = {
      fr: `Matière inconnue : ${materials.join(", ")}.`,
      en: `Unknown material: ${materials.join(", ")}.`,
    };
  }
  if (input.country && (await missing("countries", "id", [input.country])).length) {
    fields.country = {
      fr: `Pays inconnu : ${input.country}.`,
      en: `Unknown country: ${input.country}.`,
    };
  }
  const partnerIds = [...new Set((input.partners ?? []).map((p) => p.organisationId))];
  const unknownPartners = await missing("organisations", "id::text", partnerIds);
  if (unknownPartners.length) {
    fields.partners = {
      fr: "Organisation partenaire inconnue.",
      en: "Unknown partner organisation.",
    };
  }
  if (input.confidentialTo && input.confidentialTo !== owner) {
    fields.confidentialTo = {
      fr: "Un projet ne peut être confidentiel qu’à la partie qui en est responsable.",
      en: "A project can only be confidential to the party responsible for it.",
    };
  }
  if (Object.keys(fields).length > 0) throw fail("validation_failed", {}, fields);
}

/** The project's own columns, as the audit compares them. */
function columnsOf(input: ProjectInput, owner: Party) {
  return {
    title_fr: input.titleFr,
    title_en: input.titleEn,
    summary_fr: input.summaryFr ?? "",
    summary_en: input.summaryEn ?? "",
    kind: input.kind,
    owner_party: owner,
    confidential_to: input.confidentialTo,
    published: input.published,
    latitude: input.latitude,
    longitude: input.longitude,
    region: input.region ?? null,
    country_id: input.country ?? null,
    start_on: input.startOn,
    end_on: input.endOn,
  };
}

/** The columns in the order the INSERT and the UPDATE list them, after their own leading ones. */
const columnValues = (c: ReturnType<typeof columnsOf>) => [
  c.title_fr,
  c.title_en,
  c.summary_fr,
  c.summary_en,
  c.kind,
  c.owner_party,
  c.confidential_to,
  c.published,
  c.latitude,
  c.longitude,
  c.region,
  c.country_id,
  c.start_on,
  c.end_on,
];

async function replaceLinks(tx: Queryable, projectId: string, input: ProjectInput) {
  await tx.query("DELETE FROM action_line_links WHERE subject_type = $1 AND subject_id = $2", [
    SUBJECT,
    projectId,
  ]);
  await tx.query(
    `INSERT INTO action_line_links (action_line_code, subject_type, subject_id)
     SELECT unnest($1::text[]), $2, $3`,
    [input.lines, SUBJECT, projectId],
  );
  await tx.query("DELETE FROM project_stages WHERE project_id = $1", [projectId]);
  await tx.query(
    "INSERT INTO project_stages (project_id, stage_id) SELECT $1, unnest($2::text[])",
    [projectId, input.stages],
  );
  await tx.query("DELETE FROM project_materials WHERE project_id = $1", [projectId]);
  await tx.query(
    "INSERT INTO project_materials (project_id, material_id) SELECT $1, unnest($2::text[])",
    [projectId, input.materials],
  );
  if (input.partners) {
    await tx.query("DELETE FROM project_partners WHERE project_id = $1", [projectId]);
    for (const p of input.partners) {
      await tx.query(
        `INSERT INTO project_partners (project_id, organisation_id, role) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [projectId, p.organisationId, p.role],
      );
    }
  }
}

async function linksOf(tx: Queryable, projectId: string) {
  const [row] = await tx.query<{ lines: string[]; stages: string[]; materials: string[] }>(
    `SELECT
       ARRAY(SELECT action_line_code FROM action_line_links WHERE subject_type = 'Project'
             AND subject_id = $1::text ORDER BY 1) AS lines,
       ARRAY(SELECT stage_id FROM project_stages WHERE project_id = $1::text::uuid ORDER BY 1) AS stages,
       ARRAY(SELECT material_id FROM project_materials WHERE project_id = $1::text::uuid ORDER BY 1) AS materials`,
    [projectId],
  );
  return row ?? { lines: [], stages: [], materials: [] };
}

const sorted = (values: string[]) => [...values].sort();

/** The partners as the audit records them, « Nom (rôle); Autre nom (rôle) »; null for none. */
async function partnersText(tx: Queryable, partners: ProjectInput["partners"]) {
  if (!partners?.length) return null;
  const rows = await tx.query<{ id: string; name: string }>(
    "SELECT id::text AS id, name FROM organisations WHERE id::text = ANY($1::text[])",
    [partners.map((p) => p.organisationId)],
  );
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return partners.map((p) => `${names.get(p.organisationId)} (${p.role})`).join("; ");
}

export type CreateProjectArgs = {
  input: ProjectInput;
  ownerParty: Party;
  today: string;
  /** A code the project already has (an import's file); allocated when absent. */
  code?: string | undefined;
  /** The status it starts in (an import's file); 'idea' when absent. */
  status?: ProjectStatus | undefined;
  /** The note of the first line of its status history. */
  note?: string | undefined;
};

/** Creates a project with its code, its links and the first line of its status history. */
export function createProject(
  db: Db,
  performer: Performer,
  args: CreateProjectArgs,
): Promise<{ id: string; code: string }> {
  return runCommand(db, performer, "cooperation.project.create", (tools) =>
    createProjectWith(tools, performer, args),
  );
}

/**
 * The creation of a project inside a caller's command: the project import creates every project
 * of a file this way, in its one transaction, each audited under the import's action.
 */
export async function createProjectWith(
  { tx, audit }: CommandTools,
  performer: Performer,
  args: CreateProjectArgs,
): Promise<{ id: string; code: string }> {
  const { input, ownerParty, today } = args;
  const status = args.status ?? "idea";
  await checkReferences(tx, input, ownerParty, args.code);
  const code = args.code ?? (await allocateProjectCode(tx, Number(today.slice(0, 4))));
  const cols = columnsOf(input, ownerParty);
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO projects (code, status, title_fr, title_en, summary_fr, summary_en, kind,
       owner_party, confidential_to, published, latitude, longitude, region, country_id,
       start_on, end_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     RETURNING id`,
    [code, status, ...columnValues(cols), performer.actorId],
  );
  const id = (row as { id: string }).id;
  await replaceLinks(tx, id, input);
  await tx.query(
    `INSERT INTO project_status_history (project_id, from_status, to_status, on_date, note, by_user)
     VALUES ($1, NULL, $2, $3, $4, $5)`,
    [id, status, today, args.note ?? null, performer.actorId],
  );
  const partners = await partnersText(tx, input.partners);
  await audit({
    subjectType: SUBJECT,
    subjectId: code,
    changes: {
      ...diffFields(null, { code, status, ...cols, partners }),
      lines: { from: null, to: sorted(input.lines) },
      stages: { from: null, to: sorted(input.stages) },
      materials: { from: null, to: sorted(input.materials) },
    },
  });
  return { id, code };
}

/** Locks the project for the rest of the command; unknown code → 404. */
export async function lockProject(tx: Queryable, code: string): Promise<ProjectRow> {
  const [locked] = await tx.query<{ id: string }>(
    "SELECT id FROM projects WHERE code = $1 FOR UPDATE",
    [code],
  );
  const row = locked ? await findProjectByCode(tx, code) : null;
  if (!row) throw fail("project_unknown", { code });
  return row;
}

/**
 * Replaces what the form edits. The owning party changes only when an administrator says so
 * (ownerParty given); a member's project stays their party's.
 */
export function updateProject(
  db: Db,
  performer: Performer,
  args: { code: string; input: ProjectInput; ownerParty?: Party | undefined },
): Promise<void> {
  return runCommand(db, performer, "cooperation.project.update", async ({ tx, audit }) => {
    const current = await lockProject(tx, args.code);
    const owner = args.ownerParty ?? current.owner_party;
    await checkReferences(tx, args.input, owner);
    const before = await linksOf(tx, current.id);
    const cols = columnsOf(args.input, owner);
    await tx.query(
      `UPDATE projects SET title_fr = $2, title_en = $3, summary_fr = $4, summary_en = $5,
         kind = $6, owner_party = $7, confidential_to = $8, published = $9, latitude = $10,
         longitude = $11, region = $12, country_id = $13, start_on = $14, end_on = $15,
         updated_at = now()
       WHERE id = $1`,
      [current.id, ...columnValues(cols)],
    );
    await replaceLinks(tx, current.id, args.input);
    const after = await linksOf(tx, current.id);
    const stored = (await findProjectByCode(tx, args.code)) as ProjectRow;
    const pick = (r: ProjectRow) => {
      const { id: _id, created_at: _c, updated_at: _u, status: _s, code: _code, ...rest } = r;
      return rest;
    };
    await audit({
      subjectType: SUBJECT,
      subjectId: args.code,
      changes: diffFields({ ...pick(current), ...before }, { ...pick(stored), ...after }),
    });
  });
}

/** Deletes a project and everything attached to it, its lines of action included. */
export function deleteProject(db: Db, performer: Performer, code: string): Promise<void> {
  return runCommand(db, performer, "cooperation.project.delete", async ({ tx, audit }) => {
    const current = await lockProject(tx, code);
    await tx.query("DELETE FROM action_line_links WHERE subject_type = $1 AND subject_id = $2", [
      SUBJECT,
      current.id,
    ]);
    await tx.query("DELETE FROM projects WHERE id = $1", [current.id]);
    await audit({
      subjectType: SUBJECT,
      subjectId: code,
      changes: {
        code: { from: code, to: null },
        title_fr: { from: current.title_fr, to: null },
        status: { from: current.status, to: null },
      },
    });
  });
}

/**
 * The next project code of that year, `P-YYYY-NNN`. The upsert locks the year's counter row
 * until the caller's transaction ends, so concurrent creations queue up instead of sharing a
 * number.
 */
export async function allocateProjectCode(tx: Queryable, year: number): Promise<string> {
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO project_code_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = project_code_counters.last_number + 1
     RETURNING last_number`,
    [year],
  );
  return `P-${year}-${String(row?.last_number).padStart(3, "0")}`;
}
