import type { Changes } from "../../platform/audit/changes.ts";
import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { computeDeadlines } from "../deadlines/index.ts";
import { renderLetterDocx } from "../letters/docx.ts";
import { renderLetterPdf } from "../letters/pdf.ts";
import { letterTemplate } from "../letters/repository.ts";
import { isTemplateKey, type LetterData, type LetterKind } from "../letters/types.ts";
import { quotedArticles } from "./article-texts.ts";
import { lockRequest } from "./commands.ts";
import { ISSUERS } from "./issuer.ts";
import { LETTER_LABELS } from "./letter-labels.ts";
import { mailLetter } from "./notifications.ts";
import { findRequester, listDocuments, type RequestRow } from "./repository.ts";

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

async function template(db: Queryable, data: LetterData) {
  const key = { kind: data.kind, jurisdiction: data.jurisdiction, lang: data.lang };
  if (!isTemplateKey(key)) throw fail("access_letter_unavailable");
  return (await letterTemplate(db, key)).body;
}

/**
 * Sends a letter: renders the PDF, keeps it on file exactly as sent and, for the decision,
 * records the date of sending (which starts the 5 days for publication).
 */
export function sendLetter(
  db: Db,
  performer: Performer,
  input: { reference: string; kind: LetterKind; sentOn: string },
): Promise<{ id: string; pdf: Uint8Array; data: LetterData }> {
  return runCommand(db, performer, "access.letter.send", async ({ tx, audit }) => {
    const locked = await lockRequest(tx, input.reference);
    if (input.sentOn < locked.received_on) throw fail("access_date_before_receipt");
    const [r] = await tx.query<RequestRow>(
      `SELECT r.*, u.name AS officer_name FROM access_requests r
         LEFT JOIN users u ON u.id = r.officer_id WHERE r.id = $1`,
      [locked.id],
    );
    if (!r) throw fail("access_request_unknown", { reference: input.reference });
    if ((input.kind === "decision" || input.kind === "recourse") && !r.outcome) {
      throw fail("access_letter_unavailable");
    }
    if (input.kind === "extension" && !r.extended_on) throw fail("access_letter_unavailable");
    const data = await letterData(tx, r, input.kind, input.sentOn);
    const pdf = await renderLetterPdf(data, await template(tx, data));
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO access_letters (request_id, kind, lang, sent_on, pdf, by_user)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.id, input.kind, r.lang, input.sentOn, pdf, performer.actorId],
    );
    const changes: Changes = { letter: { from: null, to: input.kind } };
    if (data.requester.email) {
      await mailLetter(tx, data.requester.email, {
        reference: r.reference,
        subject: r.subject,
        lang: r.lang,
        letter: localise(LETTER_LABELS[input.kind], r.lang),
        fileName: `${r.reference}-${input.kind}.pdf`,
        pdf,
      });
    }
    if (input.kind === "decision") {
      await tx.query(`UPDATE access_requests SET sent_on = $2, updated_at = now() WHERE id = $1`, [
        r.id,
        input.sentOn,
      ]);
      changes.sentOn = { from: r.sent_on, to: input.sentOn };
    }
    await audit({ subjectType: "AccessRequest", subjectId: r.reference, changes });
    return { id: (row as { id: string }).id, pdf, data };
  });
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
  return render(data, await template(db, data));
}

/** An editable draft of a letter (DOCX), not recorded as sent. */
export const draftLetterDocx = (db: Queryable, r: RequestRow, kind: LetterKind, sentOn: string) =>
  renderUnsent(db, r, kind, sentOn, renderLetterDocx);

/** The PDF a letter would be if sent on that date: a preview. */
export const previewLetterPdf = (db: Queryable, r: RequestRow, kind: LetterKind, sentOn: string) =>
  renderUnsent(db, r, kind, sentOn, renderLetterPdf);

export async function storedLetter(db: Queryable, requestId: string, letterId: string) {
  const [row] = await db.query<{ kind: string; pdf: Uint8Array }>(
    `SELECT kind, pdf FROM access_letters WHERE id = $1 AND request_id = $2`,
    [letterId, requestId],
  );
  return row ?? null;
}
