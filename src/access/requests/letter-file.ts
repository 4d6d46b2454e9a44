import type { Queryable } from "../../platform/db/client.ts";
import type { LetterKind } from "../letters/types.ts";
import { todayIn } from "./intake.ts";
import { draftLetterDocx, previewLetterPdf } from "./letters.ts";
import { findRequest } from "./repository.ts";

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
  const [sent] = await db.query<{ pdf: Uint8Array; sent_on: string }>(
    `SELECT pdf, sent_on FROM access_letters WHERE request_id = $1 AND kind = $2
      ORDER BY at DESC LIMIT 1`,
    [r.id, kind],
  );
  const date = sent?.sent_on ?? todayIn(r.jurisdiction, now);
  if (format === "docx") return draftLetterDocx(db, r, kind, date);
  if (sent) return new Uint8Array(sent.pdf);
  return previewLetterPdf(db, r, kind, date);
}
