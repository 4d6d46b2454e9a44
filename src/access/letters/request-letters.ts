import type { Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { quotedArticles } from "../article-texts/queries.ts";
import { computeDeadlines } from "../deadlines/index.ts";
import { listDocuments } from "../documents/queries.ts";
import { findRequester, type RequestRow } from "../requests/queries.ts";
import { renderLetterDocx } from "./docx.ts";
import { ISSUERS } from "./issuer.ts";
import { renderLetterPdf } from "./pdf.ts";
import { letterTemplate } from "./queries.ts";
import { isTemplateKey, type LetterData, type LetterKind } from "./types.ts";

const ATTACHMENT_NAMES: Record<Lang, { recourse: string }> = {
  fr: { recourse: "Note explicative concernant l’exercice du recours" },
  en: { recourse: "Explanatory note on the remedy" },
};

/** Builds what a letter says from the request's rows; the requester's address is read here only. */
export async function letterData(
  db: Queryable,
  r: RequestRow,
  kind: LetterKind,
  sentOn: string,
): Promise<LetterData> {
  const [requester, documents] = await Promise.all([
    findRequester(db, r.id),
    listDocuments(db, r.id),
  ]);
  if (!requester) throw fail("not_found");
  const decidedOn = r.decided_on ?? (kind === "decision" ? sentOn : undefined);
  const deadlines = computeDeadlines({
    received: r.received_on,
    jurisdiction: r.jurisdiction,
    extended: r.extended_on !== null,
    ...(r.extended_on ? { extensionNoticeSent: r.extended_on } : {}),
    ...(decidedOn ? { decided: decidedOn } : {}),
  });
  const decided = documents.filter((d) => d.decision !== "pending");
  const released = decided.filter((d) => d.decision !== "refused");
  const attachments =
    kind === "decision" ? [...released.map((d) => d.title), ATTACHMENT_NAMES[r.lang].recourse] : [];
  const issuer = ISSUERS[r.jurisdiction];
  return {
    kind,
    lang: r.lang,
    jurisdiction: r.jurisdiction,
    sentOn,
    reference: r.reference,
    receivedOn: r.received_on,
    subject: r.subject,
    requester: {
      name: requester.name,
      addressLines: (requester.postal_address ?? "").split(/\r?\n/).filter((l) => l.trim()),
      ...(requester.email ? { email: requester.email } : {}),
    },
    deadlines: {
      due: deadlines.due,
      ...(deadlines.extendedDue ? { extendedDue: deadlines.extendedDue } : {}),
      ...(deadlines.reviewUntil ? { reviewUntil: deadlines.reviewUntil } : {}),
      ...(!deadlines.reviewUntil && deadlines.cadaReferralUntil
        ? { reviewUntil: deadlines.cadaReferralUntil }
        : {}),
    },
    documents: decided.map((d) => ({
      title: d.title,
      outcome: d.decision as "accessible" | "partial" | "refused",
      articles: d.articles,
    })),
    articlesQuoted: await quotedArticles(
      db,
      r.jurisdiction,
      decided.flatMap((d) => d.articles),
      r.lang,
    ),
    officer: { ...issuer, name: r.officer_name ?? "" },
    attachments,
  };
}

export async function templateBody(db: Queryable, data: LetterData) {
  const key = { kind: data.kind, jurisdiction: data.jurisdiction, lang: data.lang };
  if (!isTemplateKey(key)) throw fail("access_letter_unavailable");
  return (await letterTemplate(db, key)).body;
}

/** A letter as it would be if sent on that date, rendered now and recorded nowhere. */
async function renderUnsent(
  db: Queryable,
  r: RequestRow,
  kind: LetterKind,
  sentOn: string,
  render: typeof renderLetterPdf,
): Promise<Uint8Array> {
  const data = await letterData(db, r, kind, sentOn);
  return render(data, await templateBody(db, data));
}

/** An editable draft of a letter (DOCX), not recorded as sent. */
export const draftLetterDocx = (db: Queryable, r: RequestRow, kind: LetterKind, sentOn: string) =>
  renderUnsent(db, r, kind, sentOn, renderLetterDocx);

/** The PDF a letter would be if sent on that date: a preview. */
export const previewLetterPdf = (db: Queryable, r: RequestRow, kind: LetterKind, sentOn: string) =>
  renderUnsent(db, r, kind, sentOn, renderLetterPdf);
