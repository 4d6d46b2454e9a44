import type { Queryable } from "../../platform/db/client.ts";
import type { RedactionArea } from "../redaction/area.ts";

export type DocumentRow = {
  id: string;
  position: number;
  title: string;
  file_name: string;
  sha256: string;
  pages: number;
  decision: "pending" | "accessible" | "partial" | "refused";
  articles: string[];
  redactions: {
    page: number;
    x: number;
    y: number;
    width: number;
    height: number;
    label: string;
  }[];
  redacted: boolean;
};

export function listDocuments(db: Queryable, requestId: string) {
  return db.query<DocumentRow>(
    `SELECT id, position, title, file_name, sha256, pages, decision, articles, redactions,
            redacted_content IS NOT NULL AS redacted
       FROM access_documents WHERE request_id = $1 ORDER BY position`,
    [requestId],
  );
}

/** The file to release: the redacted version of a partially accessible document. */
export async function releasedContent(
  db: Queryable,
  requestId: string,
  documentId: string,
): Promise<{ title: string; content: Uint8Array } | null> {
  const [row] = await db.query<{ title: string; content: Uint8Array | null }>(
    `SELECT title,
            CASE decision WHEN 'accessible' THEN content WHEN 'partial' THEN redacted_content END AS content
       FROM access_documents WHERE id = $1 AND request_id = $2`,
    [documentId, requestId],
  );
  return row?.content ? { title: row.title, content: row.content } : null;
}

/** The original as received from the unit searched, for officers only. */
export async function originalContent(db: Queryable, requestId: string, documentId: string) {
  const [row] = await db.query<{ title: string; content: Uint8Array }>(
    `SELECT title, content FROM access_documents WHERE id = $1 AND request_id = $2`,
    [documentId, requestId],
  );
  return row ?? null;
}

/** A document as its decision page needs it: the original, the areas on file, the decision. */
export type DecisionDocument = Pick<
  DocumentRow,
  "id" | "title" | "pages" | "decision" | "articles"
> & {
  redactions: RedactionArea[];
  content: Uint8Array;
  redacted: boolean;
};

export async function findDecisionDocument(
  db: Queryable,
  requestId: string,
  documentId: string,
): Promise<DecisionDocument | null> {
  const [doc] = await db.query<DecisionDocument>(
    `SELECT id, title, pages, decision, articles, redactions, content,
            redacted_content IS NOT NULL AS redacted
       FROM access_documents WHERE id = $1 AND request_id = $2`,
    [documentId, requestId],
  );
  return doc ?? null;
}

/** The original or the redacted version of a document, for its page previews. */
export async function documentContent(
  db: Queryable,
  requestId: string,
  documentId: string,
  version: "original" | "redacted",
): Promise<Uint8Array | null> {
  const [row] = await db.query<{ content: Uint8Array | null }>(
    `SELECT ${version === "redacted" ? "redacted_content" : "content"} AS content
       FROM access_documents WHERE id = $1 AND request_id = $2`,
    [documentId, requestId],
  );
  return row?.content ?? null;
}
