import { diffFields } from "../../platform/audit/changes.ts";
import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { defaultTemplate } from "./defaults.ts";
import { type TemplateIssue, validateTemplate } from "./template.ts";
import type { TemplateKey } from "./types.ts";

export type StoredTemplate = {
  body: string;
  /** Absent when the shipped default is in force. */
  updatedAt?: Date;
  updatedBy?: string;
};

const keyId = (key: TemplateKey) => `${key.kind}.${key.jurisdiction}.${key.lang}`;

/** The template a letter uses: the administrator's version if any, else the shipped one. */
export async function letterTemplate(db: Queryable, key: TemplateKey): Promise<StoredTemplate> {
  const rows = await db.query<{ body: string; updated_at: Date; updated_by: string | null }>(
    `SELECT t.body, t.updated_at, u.email AS updated_by
       FROM letter_templates t LEFT JOIN users u ON u.id = t.updated_by
      WHERE t.kind = $1 AND t.jurisdiction = $2 AND t.lang = $3`,
    [key.kind, key.jurisdiction, key.lang],
  );
  const row = rows[0];
  if (!row) return { body: defaultTemplate(key) };
  return { body: row.body, updatedAt: row.updated_at, updatedBy: row.updated_by ?? undefined };
}

/** Every key that an administrator has changed, with when and by whom. */
export async function changedTemplates(db: Db): Promise<Map<string, StoredTemplate>> {
  const rows = await db.query<{
    kind: string;
    jurisdiction: string;
    lang: string;
    body: string;
    updated_at: Date;
    updated_by: string | null;
  }>(
    `SELECT t.kind, t.jurisdiction, t.lang, t.body, t.updated_at, u.email AS updated_by
       FROM letter_templates t LEFT JOIN users u ON u.id = t.updated_by`,
  );
  return new Map(
    rows.map((r) => [
      `${r.kind}.${r.jurisdiction}.${r.lang}`,
      { body: r.body, updatedAt: r.updated_at, updatedBy: r.updated_by ?? undefined },
    ]),
  );
}

/**
 * Saves an administrator's version after validating it; an invalid template is refused with
 * its issues and nothing is written. The audit event keeps the previous and new bodies.
 */
export async function saveLetterTemplate(
  db: Db,
  performer: Performer,
  key: TemplateKey,
  body: string,
): Promise<{ ok: true } | { ok: false; issues: TemplateIssue[] }> {
  const clean = body.replace(/\r\n?/g, "\n");
  const issues = validateTemplate(key.kind, clean);
  if (issues.length > 0) return { ok: false, issues };
  await runCommand(db, performer, "letter_template.save", async ({ tx, audit }) => {
    const before = await letterTemplate(tx, key);
    await tx.query(
      `INSERT INTO letter_templates (kind, jurisdiction, lang, body, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, now(), $5)
       ON CONFLICT (kind, jurisdiction, lang)
       DO UPDATE SET body = EXCLUDED.body, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [key.kind, key.jurisdiction, key.lang, clean, performer.actorId],
    );
    await audit({
      subjectType: "LetterTemplate",
      subjectId: keyId(key),
      changes: diffFields({ body: before.body }, { body: clean }),
    });
  });
  return { ok: true };
}

/** Goes back to the shipped template by removing the administrator's version. */
export async function revertLetterTemplate(db: Db, performer: Performer, key: TemplateKey) {
  await runCommand(db, performer, "letter_template.revert", async ({ tx, audit }) => {
    const rows = await tx.query<{ body: string }>(
      `DELETE FROM letter_templates WHERE kind = $1 AND jurisdiction = $2 AND lang = $3
       RETURNING body`,
      [key.kind, key.jurisdiction, key.lang],
    );
    if (!rows[0]) throw fail("not_found");
    await audit({
      subjectType: "LetterTemplate",
      subjectId: keyId(key),
      changes: diffFields({ body: rows[0].body }, { body: defaultTemplate(key) }),
    });
  });
}
