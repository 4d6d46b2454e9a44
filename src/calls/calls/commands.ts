import { diffFields } from "../../platform/audit/changes.ts";
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { type CallRow, callDetails, findCallByCode } from "./queries.ts";
import type { CallInput } from "./schema.ts";

const SUBJECT = "Call";

/**
 * The next code of the year, AAP-2026-01, -02…: "INSERT … ON CONFLICT DO UPDATE … RETURNING"
 * locks the year's counter row until the transaction ends, so two calls created at the same
 * moment never get the same code. Two digits: the hundredth call of a year is refused.
 */
export async function allocateCallCode(tx: Queryable, year: number): Promise<string> {
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO call_code_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = call_code_counters.last_number + 1
     WHERE call_code_counters.last_number < 99
     RETURNING last_number`,
    [year],
  );
  if (!row) throw fail("call_codes_exhausted", { year });
  return `AAP-${year}-${String(row.last_number).padStart(2, "0")}`;
}

async function checkLines(tx: Queryable, lines: string[]) {
  const found = await tx.query<{ code: string }>(
    "SELECT code FROM action_lines WHERE code = ANY($1::text[])",
    [lines],
  );
  const known = new Set(found.map((r) => r.code));
  const unknown = lines.filter((l) => !known.has(l));
  if (unknown.length > 0) {
    throw fail(
      "validation_failed",
      {},
      {
        lines: {
          fr: `Axe d’action inconnu : ${unknown.join(", ")}.`,
          en: `Unknown line of action: ${unknown.join(", ")}.`,
        },
      },
    );
  }
}

/** The call's own columns, in the order the INSERT and the UPDATE list them. */
const columnsOf = (input: CallInput) => ({
  title_fr: input.titleFr,
  title_en: input.titleEn,
  text_fr: input.textFr,
  text_en: input.textEn,
  opens_at: input.opensAt,
  closes_at: input.closesAt,
  time_zone: input.timeZone,
  envelope_qc_cents: input.envelopeQcCents,
  envelope_fr_cents: input.envelopeFrCents,
  max_funding_qc_cents: input.maxFundingQcCents,
  max_funding_fr_cents: input.maxFundingFrCents,
  cofinancing_rate_pct: input.cofinancingRatePct,
  min_partners_per_party: input.minPartnersPerParty,
  eligible_activities_fr: input.eligibleActivitiesFr,
  eligible_activities_en: input.eligibleActivitiesEn,
});

/** Lines, documents and criteria as the audit compares them: one readable text each. */
function attachedOf(input: Pick<CallInput, "lines" | "documents" | "criteria">) {
  return {
    lines: [...input.lines].sort().join(", "),
    documents: input.documents.map((d) => `${d.labelFr}${d.required ? "" : " (facultatif)"}`),
    criteria: input.criteria.map(
      (c) => `${c.kind === "scored" ? `[${c.weight}] ` : "[oui/non] "}${c.labelFr}`,
    ),
  };
}

async function replaceAttached(tx: Queryable, callId: string, input: CallInput) {
  await tx.query("DELETE FROM action_line_links WHERE subject_type = $1 AND subject_id = $2", [
    SUBJECT,
    callId,
  ]);
  await tx.query(
    `INSERT INTO action_line_links (action_line_code, subject_type, subject_id)
     SELECT unnest($1::text[]), $2, $3`,
    [input.lines, SUBJECT, callId],
  );
  await tx.query("DELETE FROM call_documents WHERE call_id = $1", [callId]);
  for (const [position, d] of input.documents.entries()) {
    await tx.query(
      `INSERT INTO call_documents (call_id, label_fr, label_en, required, position)
       VALUES ($1, $2, $3, $4, $5)`,
      [callId, d.labelFr, d.labelEn, d.required, position + 1],
    );
  }
  await tx.query("DELETE FROM call_criteria WHERE call_id = $1", [callId]);
  for (const [position, c] of input.criteria.entries()) {
    await tx.query(
      `INSERT INTO call_criteria (call_id, kind, label_fr, label_en, guidance_fr, guidance_en,
         weight, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [callId, c.kind, c.labelFr, c.labelEn, c.guidanceFr, c.guidanceEn, c.weight, position + 1],
    );
  }
}

const hasScored = (input: Pick<CallInput, "criteria">) =>
  input.criteria.some((c) => c.kind === "scored");

/** Creates a draft call with its code (the year of `now`), lines, documents and grid. */
export function createCall(
  db: Db,
  performer: Performer,
  input: CallInput,
  now: Date,
): Promise<{ id: string; code: string }> {
  return runCommand(db, performer, "calls.call.create", async ({ tx, audit }) => {
    await checkLines(tx, input.lines);
    const code = await allocateCallCode(tx, now.getUTCFullYear());
    const cols = columnsOf(input);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO calls (code, title_fr, title_en, text_fr, text_en, opens_at, closes_at,
         time_zone, envelope_qc_cents, envelope_fr_cents, max_funding_qc_cents,
         max_funding_fr_cents, cofinancing_rate_pct, min_partners_per_party,
         eligible_activities_fr, eligible_activities_en, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       RETURNING id`,
      [code, ...Object.values(cols), performer.actorId],
    );
    const id = (row as { id: string }).id;
    await replaceAttached(tx, id, input);
    await audit({
      subjectType: SUBJECT,
      subjectId: code,
      changes: diffFields(null, { code, status: "draft", ...cols, ...attachedOf(input) }),
    });
    return { id, code };
  });
}

/** Locks the call for the rest of the command; an unknown code is a 404. */
async function lockCall(tx: Queryable, code: string): Promise<CallRow> {
  const [locked] = await tx.query("SELECT 1 FROM calls WHERE code = $1 FOR UPDATE", [code]);
  const row = locked ? await findCallByCode(tx, code) : null;
  if (!row) throw fail("not_found");
  return row;
}

/** What a stored call says, in the shape the audit compares. */
async function storedState(tx: Queryable, row: CallRow) {
  const d = await callDetails(tx, row.id);
  const { id: _id, code: _code, created_at: _c, updated_at: _u, status: _s, ...cols } = row;
  return {
    ...cols,
    ...attachedOf({
      lines: d.lines.map((l) => l.code),
      documents: d.documents.map((x) => ({
        labelFr: x.label_fr,
        labelEn: x.label_en,
        required: x.required,
      })),
      criteria: d.criteria.map((x) => ({
        kind: x.kind,
        labelFr: x.label_fr,
        labelEn: x.label_en,
        guidanceFr: x.guidance_fr,
        guidanceEn: x.guidance_en,
        weight: x.weight,
      })),
    }),
  };
}

/**
 * Replaces what the form edits. A published call keeps at least one scored criterion: the
 * reviewers' grid cannot be emptied under them.
 */
export function updateCall(
  db: Db,
  performer: Performer,
  code: string,
  input: CallInput,
): Promise<void> {
  return runCommand(db, performer, "calls.call.update", async ({ tx, audit }) => {
    const current = await lockCall(tx, code);
    if (current.status === "published" && !hasScored(input)) {
      throw fail("call_publish_incomplete", { code });
    }
    await checkLines(tx, input.lines);
    const before = await storedState(tx, current);
    const cols = columnsOf(input);
    await tx.query(
      `UPDATE calls SET title_fr = $2, title_en = $3, text_fr = $4, text_en = $5, opens_at = $6,
         closes_at = $7, time_zone = $8, envelope_qc_cents = $9, envelope_fr_cents = $10,
         max_funding_qc_cents = $11, max_funding_fr_cents = $12, cofinancing_rate_pct = $13,
         min_partners_per_party = $14, eligible_activities_fr = $15, eligible_activities_en = $16,
         updated_at = now()
       WHERE id = $1`,
      [current.id, ...Object.values(cols)],
    );
    await replaceAttached(tx, current.id, input);
    const after = await storedState(tx, (await findCallByCode(tx, code)) as CallRow);
    await audit({ subjectType: SUBJECT, subjectId: code, changes: diffFields(before, after) });
  });
}

/** Makes a draft public; it needs at least one scored criterion, since reviewers score on it. */
export function publishCall(db: Db, performer: Performer, code: string): Promise<void> {
  return runCommand(db, performer, "calls.call.publish", async ({ tx, audit }) => {
    const current = await lockCall(tx, code);
    if (current.status === "published") throw fail("call_already_published", { code });
    const [scored] = await tx.query(
      "SELECT 1 FROM call_criteria WHERE call_id = $1 AND kind = 'scored' LIMIT 1",
      [current.id],
    );
    if (!scored) throw fail("call_publish_incomplete", { code });
    await tx.query("UPDATE calls SET status = 'published', updated_at = now() WHERE id = $1", [
      current.id,
    ]);
    await audit({
      subjectType: SUBJECT,
      subjectId: code,
      changes: { status: { from: "draft", to: "published" } },
    });
  });
}
