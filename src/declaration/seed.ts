import type { Db, Queryable } from "../platform/db/client.ts";
import { upsert } from "../platform/db/upsert.ts";
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
    await upsert(tx, "parties", ["code"], {
      code: p.code,
      position: i + 1,
      name_fr: p.name.fr,
      name_en: p.name.en,
    });
  }
  for (const inst of d.institutions) {
    await upsert(tx, "institutions", ["code"], {
      code: inst.code,
      party_code: inst.party,
      acronym: inst.acronym,
      name_fr: inst.name.fr,
      name_en: inst.name.en,
      attached_to_fr: inst.attachedTo?.fr ?? null,
      attached_to_en: inst.attachedTo?.en ?? null,
    });
  }
}

async function upsertDeclaration(tx: Queryable, d: DeclarationFile) {
  await upsert(tx, "declarations", ["id"], {
    id: d.id,
    title_fr: d.title.fr,
    title_en: d.title.en,
    place: d.place,
    signed_on: d.signedOn,
    copies: d.copies,
    preamble_fr: d.preamble.fr,
    preamble_en: d.preamble.en,
    commitment_fr: d.commitment.fr,
    commitment_en: d.commitment.en,
    en_official: d.translation.en.official,
    source_access_request: d.source.accessRequest,
    source_decision_on: d.source.decisionDate,
    source_released_by: d.source.releasedBy,
  });
  for (const [i, s] of d.signatories.entries()) {
    await upsert(tx, "signatories", ["id"], {
      id: s.id,
      declaration_id: d.id,
      party_code: s.party,
      institution_code: s.institution,
      position: i + 1,
      name: s.name,
      title_fr: s.title.fr,
      title_en: s.title.en,
    });
  }
}

async function upsertPriorities(tx: Queryable, d: DeclarationFile) {
  for (const [i, p] of d.priorities.entries()) {
    await upsert(tx, "priorities", ["code"], {
      code: p.code,
      declaration_id: d.id,
      position: i + 1,
      title_fr: p.title.fr,
      title_en: p.title.en,
    });
    for (const [j, l] of p.lines.entries()) {
      await upsert(tx, "action_lines", ["code"], {
        code: l.code,
        priority_code: p.code,
        position: j + 1,
        text_fr: l.text.fr,
        text_en: l.text.en,
        summary_fr: l.summary?.fr ?? null,
        summary_en: l.summary?.en ?? null,
      });
    }
  }
}
