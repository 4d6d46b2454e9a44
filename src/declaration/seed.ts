import type { Db, Queryable } from "../platform/db/client.ts";
import { type DeclarationFile, readDeclarationFile } from "./data.ts";

/**
 * Writes the declaration from its data file. Upserts, so a corrected translation reaches
 * installations that were seeded before; links other areas made to the lines are untouched.
 */
export async function seedDeclaration(db: Db, data = readDeclarationFile()): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertParties(tx, data);
    await upsertDeclaration(tx, data);
    await upsertPriorities(tx, data);
  });
}

async function upsertParties(tx: Queryable, d: DeclarationFile) {
  for (const [i, p] of d.parties.entries()) {
    await tx.query(
      `INSERT INTO parties (code, position, name_fr, name_en) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET position = EXCLUDED.position,
         name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en`,
      [p.code, i + 1, p.name.fr, p.name.en],
    );
  }
  for (const inst of d.institutions) {
    await tx.query(
      `INSERT INTO institutions
         (code, party_code, acronym, name_fr, name_en, attached_to_fr, attached_to_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET party_code = EXCLUDED.party_code,
         acronym = EXCLUDED.acronym, name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en,
         attached_to_fr = EXCLUDED.attached_to_fr, attached_to_en = EXCLUDED.attached_to_en`,
      [
        inst.code,
        inst.party,
        inst.acronym,
        inst.name.fr,
        inst.name.en,
        inst.attachedTo?.fr ?? null,
        inst.attachedTo?.en ?? null,
      ],
    );
  }
}

async function upsertDeclaration(tx: Queryable, d: DeclarationFile) {
  await tx.query(
    `INSERT INTO declarations (id, title_fr, title_en, place, signed_on, copies,
       preamble_fr, preamble_en, commitment_fr, commitment_en, en_official,
       source_access_request, source_decision_on, source_released_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (id) DO UPDATE SET title_fr = EXCLUDED.title_fr, title_en = EXCLUDED.title_en,
       place = EXCLUDED.place, signed_on = EXCLUDED.signed_on, copies = EXCLUDED.copies,
       preamble_fr = EXCLUDED.preamble_fr, preamble_en = EXCLUDED.preamble_en,
       commitment_fr = EXCLUDED.commitment_fr, commitment_en = EXCLUDED.commitment_en,
       en_official = EXCLUDED.en_official,
       source_access_request = EXCLUDED.source_access_request,
       source_decision_on = EXCLUDED.source_decision_on,
       source_released_by = EXCLUDED.source_released_by`,
    [
      d.id,
      d.title.fr,
      d.title.en,
      d.place,
      d.signedOn,
      d.copies,
      d.preamble.fr,
      d.preamble.en,
      d.commitment.fr,
      d.commitment.en,
      d.translation.en.official,
      d.source.accessRequest,
      d.source.decisionDate,
      d.source.releasedBy,
    ],
  );
  for (const [i, s] of d.signatories.entries()) {
    await tx.query(
      `INSERT INTO signatories
         (id, declaration_id, party_code, institution_code, position, name, title_fr, title_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE SET declaration_id = EXCLUDED.declaration_id,
         party_code = EXCLUDED.party_code, institution_code = EXCLUDED.institution_code,
         position = EXCLUDED.position, name = EXCLUDED.name,
         title_fr = EXCLUDED.title_fr, title_en = EXCLUDED.title_en`,
      [s.id, d.id, s.party, s.institution, i + 1, s.name, s.title.fr, s.title.en],
    );
  }
}

async function upsertPriorities(tx: Queryable, d: DeclarationFile) {
  for (const [i, p] of d.priorities.entries()) {
    await tx.query(
      `INSERT INTO priorities (code, declaration_id, position, title_fr, title_en)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO UPDATE SET declaration_id = EXCLUDED.declaration_id,
         position = EXCLUDED.position, title_fr = EXCLUDED.title_fr, title_en = EXCLUDED.title_en`,
      [p.code, d.id, i + 1, p.title.fr, p.title.en],
    );
    for (const [j, l] of p.lines.entries()) {
      await tx.query(
        `INSERT INTO action_lines
           (code, priority_code, position, text_fr, text_en, summary_fr, summary_en)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (code) DO UPDATE SET priority_code = EXCLUDED.priority_code,
           position = EXCLUDED.position, text_fr = EXCLUDED.text_fr, text_en = EXCLUDED.text_en,
           summary_fr = EXCLUDED.summary_fr, summary_en = EXCLUDED.summary_en`,
        [l.code, p.code, j + 1, l.text.fr, l.text.en, l.summary?.fr ?? null, l.summary?.en ?? null],
      );
    }
  }
}
