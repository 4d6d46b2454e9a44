import type { Queryable } from "../../platform/db/client.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";

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
  lang: Lang,
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
