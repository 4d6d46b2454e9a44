import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import type { ArticleText } from "./queries.ts";

/** A wording on file, as the officers' list shows it. */
export type ArticleTextView = {
  jurisdiction: Jurisdiction;
  article: string;
  textFr: string;
  textEn: string | null;
  source: string;
};

export const presentArticleText = (r: ArticleText): ArticleTextView => ({
  jurisdiction: r.jurisdiction,
  article: r.article,
  textFr: r.text_fr,
  textEn: r.text_en,
  source: r.source,
});
