import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { isParty } from "../../shared/party.ts";
import { normaliseArticle } from "./queries.ts";

export function saveArticleText(
  db: Db,
  performer: Performer,
  input: { jurisdiction: string; article: string; textFr: string; textEn: string; source: string },
) {
  const article = normaliseArticle(input.article);
  const fields: Record<string, { fr: string; en: string }> = {};
  if (!isParty(input.jurisdiction)) {
    fields.jurisdiction = { fr: "Régime inconnu.", en: "Unknown regime." };
  }
  if (!article) {
    fields.article = { fr: "Forme attendue : « art. 53 ».", en: "Expected form: “art. 53”." };
  }
  const textFr = input.textFr.trim();
  if (!textFr || textFr.length > 5000) {
    fields.textFr = {
      fr: "Texte obligatoire (5 000 caractères au plus).",
      en: "Text required (5,000 characters at most).",
    };
  }
  const source = input.source.trim();
  if (!source || source.length > 500) {
    fields.source = {
      fr: "Indiquez la source du texte officiel.",
      en: "Give the source of the official text.",
    };
  }
  if (Object.keys(fields).length > 0) throw fail("validation_failed", {}, fields);
  return runCommand(db, performer, "access.article_text.save", async ({ tx, audit }) => {
    const [before] = await tx.query<{ text_fr: string }>(
      `SELECT text_fr FROM access_article_texts WHERE jurisdiction = $1 AND article = $2`,
      [input.jurisdiction, article],
    );
    await tx.query(
      `INSERT INTO access_article_texts (jurisdiction, article, text_fr, text_en, source, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (jurisdiction, article) DO UPDATE
         SET text_fr = EXCLUDED.text_fr, text_en = EXCLUDED.text_en, source = EXCLUDED.source,
             updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [input.jurisdiction, article, textFr, input.textEn.trim() || null, source, performer.actorId],
    );
    await audit({
      subjectType: "AccessArticleText",
      subjectId: `${input.jurisdiction}:${article}`,
      changes: { text_fr: { from: before?.text_fr ?? null, to: textFr } },
    });
  });
}

export function deleteArticleText(
  db: Db,
  performer: Performer,
  jurisdiction: string,
  article: string,
) {
  return runCommand(db, performer, "access.article_text.delete", async ({ tx, audit }) => {
    const rows = await tx.query(
      `DELETE FROM access_article_texts WHERE jurisdiction = $1 AND article = $2 RETURNING 1`,
      [jurisdiction, article],
    );
    if (rows.length === 0) throw fail("not_found");
    await audit({ subjectType: "AccessArticleText", subjectId: `${jurisdiction}:${article}` });
  });
}
