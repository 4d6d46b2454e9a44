import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Jurisdiction } from "./intake.ts";

/** « Art 53 », « art.53 », « article 53 » → « art. 53 », the form decisions and letters use. */
export function normaliseArticle(label: string): string | null {
  const m = /^\s*(?:art(?:icle)?\.?)\s*(\d+(?:\.\d+)?[a-z]?)\s*$/i.exec(label);
  return m ? `art. ${m[1]?.toLowerCase()}` : null;
}

export type ArticleText = {
  jurisdiction: Jurisdiction;
  article: string;
  text_fr: string;
  text_en: string | null;
  source: string;
};

export function listArticleTexts(db: Queryable): Promise<ArticleText[]> {
  return db.query<ArticleText>(
    `SELECT jurisdiction, article, text_fr, text_en, source FROM access_article_texts
      ORDER BY jurisdiction, (regexp_replace(article, '[^0-9.].*$|^art\\. ', '', 'g'))`,
  );
}

/** The texts to quote for the articles a decision relies on, in the order they were invoked. */
export async function quotedArticles(
  db: Queryable,
  jurisdiction: Jurisdiction,
  labels: readonly string[],
  lang: "fr" | "en",
): Promise<{ article: string; text: string }[]> {
  const wanted = [...new Set(labels.map(normaliseArticle).filter((a): a is string => !!a))];
  if (wanted.length === 0) return [];
  const rows = await db.query<ArticleText>(
    `SELECT jurisdiction, article, text_fr, text_en, source FROM access_article_texts
      WHERE jurisdiction = $1 AND article = ANY($2)`,
    [jurisdiction, wanted],
  );
  const byArticle = new Map(rows.map((r) => [r.article, r]));
  return wanted.flatMap((article) => {
    const row = byArticle.get(article);
    if (!row) return [];
    return [{ article, text: lang === "en" && row.text_en ? row.text_en : row.text_fr }];
  });
}

export function saveArticleText(
  db: Db,
  performer: Performer,
  input: { jurisdiction: string; article: string; textFr: string; textEn: string; source: string },
) {
  const article = normaliseArticle(input.article);
  const fields: Record<string, { fr: string; en: string }> = {};
  if (input.jurisdiction !== "qc" && input.jurisdiction !== "fr") {
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
