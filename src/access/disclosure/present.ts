import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import { addDays } from "../deadlines/index.ts";
import { deadlineRules } from "../deadlines/rules.ts";
import type { Outcome } from "../requests/status.ts";
import type { findPublished, PublishedRow } from "./queries.ts";

export const PUBLIC_TITLE_MAX = 200;

export type Titled = {
  subject: string;
  public_title_fr: string | null;
  public_title_en: string | null;
};

/** The title the public sees: the officer's, in the reader's language or else in French. */
export const publicTitle = (r: Titled, lang: Lang): string =>
  (lang === "en" ? r.public_title_en : null) ?? r.public_title_fr ?? r.subject;

/** The public title as the officer's form shows it: the title shown and each one on file. */
export type PublicTitleView = { shown: string; fr: string | null; en: string | null };

export const presentPublicTitle = (r: Titled, lang: Lang): PublicTitleView => ({
  shown: publicTitle(r, lang),
  fr: r.public_title_fr,
  en: r.public_title_en,
});

/** The day publication is due: the cited period after the decision letter is sent. */
export function publicationDueOn(sentOn: string): string {
  return addDays(sentOn, deadlineRules().qc.publication.days);
}

/** A decision of the public log: what was asked and decided, never who asked. */
export type PublishedView = {
  id: string;
  reference: string;
  jurisdiction: Jurisdiction;
  receivedOn: string;
  decidedOn: string;
  sentOn: string;
  publishedOn: string;
  subject: string;
  outcome: Outcome;
  publicSummary: string;
  /** The public title in the reader's language. */
  title: string;
};

export function presentPublished(r: PublishedRow, lang: Lang): PublishedView {
  return {
    id: r.id,
    reference: r.reference,
    jurisdiction: r.jurisdiction,
    receivedOn: r.received_on,
    decidedOn: r.decided_on,
    sentOn: r.sent_on,
    publishedOn: r.published_on,
    subject: r.subject,
    outcome: r.outcome,
    publicSummary: r.public_summary,
    title: publicTitle(r, lang),
  };
}

type Published = NonNullable<Awaited<ReturnType<typeof findPublished>>>;

/** A published decision's page: the decision and the documents decided on. */
export type PublishedDecisionView = PublishedView & { documents: Published["documents"] };

export const presentPublishedDecision = (p: Published, lang: Lang): PublishedDecisionView => ({
  ...presentPublished(p, lang),
  documents: p.documents.map((d) => ({
    id: d.id,
    title: d.title,
    decision: d.decision,
    articles: d.articles,
    pages: d.pages,
  })),
});
