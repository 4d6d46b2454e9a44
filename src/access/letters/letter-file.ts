import type { Queryable } from "../../platform/db/client.ts";
import { findRequest } from "../requests/queries.ts";
import { todayIn } from "../requests/schema.ts";
import { lastSentLetter } from "./queries.ts";
import { draftLetterDocx, previewLetterPdf } from "./request-letters.ts";
import type { LetterKind } from "./types.ts";

/**
 * A request's letter as a file: the PDF on file when that letter was sent (what the requester
 * received, unchanged), otherwise rendered now. DOCX is always a fresh, editable rendering.
 * Null when the reference is unknown.
 */
export async function produceLetterFile(
  db: Queryable,
  reference: string,
  kind: LetterKind,
  format: "pdf" | "docx",
  now: Date = new Date(),
): Promise<Uint8Array | null> {
  const r = await findRequest(db, reference);
  if (!r) return null;
  const sent = await lastSentLetter(db, r.id, kind);
  const date = sent?.sent_on ?? todayIn(r.jurisdiction, now);
  if (format === "docx") return draftLetterDocx(db, r, kind, date);
  if (sent) return new Uint8Array(sent.pdf);
  return previewLetterPdf(db, r, kind, date);
}
