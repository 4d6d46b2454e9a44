import { createHash } from "node:crypto";
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { RedactionArea } from "../redaction/area.ts";
import { assertPdf } from "../redaction/open-pdf.ts";
import { pdfInfo } from "../redaction/pdf-info.ts";
import { redactPdf } from "../redaction/redact.ts";
import { lockRequest } from "../requests/commands.ts";

export const DOCUMENT_DECISIONS = ["accessible", "partial", "refused"] as const;
export type DocumentDecision = (typeof DOCUMENT_DECISIONS)[number];

export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** Attaches a document found by the search: a real PDF, kept with its fingerprint. */
export async function addDocument(
  db: Db,
  performer: Performer,
  reference: string,
  doc: { title: string; fileName: string; content: Uint8Array },
): Promise<{ id: string }> {
  const title = doc.title.trim();
  if (!title || title.length > 300) {
    throw fail(
      "validation_failed",
      {},
      {
        title: {
          fr: "Titre obligatoire (300 caractères au plus).",
          en: "Title required (300 characters at most).",
        },
      },
    );
  }
  if (doc.content.byteLength > MAX_DOCUMENT_BYTES) throw fail("payload_too_large");
  await assertPdf(doc.content);
  const pages = (await pdfInfo(doc.content)).pageCount;
  const sha256 = createHash("sha256").update(doc.content).digest("hex");
  return runCommand(db, performer, "access.document.add", async ({ tx, audit }) => {
    const r = await lockRequest(tx, reference);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO access_documents (request_id, position, title, file_name, sha256, pages, content)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM access_documents WHERE request_id = $1),
               $2, $3, $4, $5, $6)
       RETURNING id`,
      [r.id, title, doc.fileName.slice(0, 200), sha256, pages, doc.content],
    );
    const id = (row as { id: string }).id;
    await audit({
      subjectType: "AccessDocument",
      subjectId: id,
      changes: {
        request: { from: null, to: reference },
        title: { from: null, to: title },
        sha256: { from: null, to: sha256 },
      },
    });
    return { id };
  });
}

export type DocumentDecisionInput = {
  reference: string;
  documentId: string;
  decision: DocumentDecision;
  articles: string[];
  /** For a partially accessible document: the areas to remove, each with its article. */
  redactions?: RedactionArea[];
};

/**
 * Records the decision on one document. A refusal or a partial release names the articles it
 * relies on (art. 50); a partial release stores the redacted PDF that will be sent and published.
 */
export function decideDocument(db: Db, performer: Performer, input: DocumentDecisionInput) {
  const articles = [...new Set(input.articles.map((a) => a.trim()).filter(Boolean))];
  if (input.decision !== "accessible" && articles.length === 0) {
    throw fail(
      "validation_failed",
      {},
      {
        articles: {
          fr: "Indiquez les articles de loi sur lesquels repose la décision.",
          en: "Give the sections of the Act the decision relies on.",
        },
      },
    );
  }
  const redactions = input.decision === "partial" ? (input.redactions ?? []) : [];
  if (input.decision === "partial" && redactions.length === 0) {
    throw fail(
      "validation_failed",
      {},
      {
        redactions: {
          fr: "Un document partiellement accessible doit comporter au moins une zone caviardée.",
          en: "A partially accessible document needs at least one redacted area.",
        },
      },
    );
  }
  return runCommand(db, performer, "access.document.decide", async ({ tx, audit }) => {
    const r = await lockRequest(tx, input.reference);
    const [doc] = await tx.query<{ id: string; content: Uint8Array; decision: string }>(
      `SELECT id, content, decision FROM access_documents WHERE id = $1 AND request_id = $2 FOR UPDATE`,
      [input.documentId, r.id],
    );
    if (!doc) throw fail("not_found");
    const redacted = redactions.length > 0 ? await redactPdf(doc.content, redactions) : null;
    await tx.query(
      `UPDATE access_documents SET decision = $2, articles = $3, redactions = $4, redacted_content = $5
        WHERE id = $1`,
      [doc.id, input.decision, articles, JSON.stringify(redactions), redacted],
    );
    await audit({
      subjectType: "AccessDocument",
      subjectId: doc.id,
      changes: {
        decision: { from: doc.decision, to: input.decision },
        articles: { from: null, to: articles.join(", ") },
        redactions: { from: null, to: redactions.length },
      },
    });
  });
}
