import type { RedactionArea } from "../redaction/area.ts";
import type { DecisionDocument, DocumentRow } from "./queries.ts";

type Decision = DocumentRow["decision"];

/** A document of the request's file, as its list shows it. */
export type DocumentView = {
  id: string;
  position: number;
  title: string;
  fileName: string;
  sha256: string;
  pages: number;
  decision: Decision;
  articles: string[];
  redactions: RedactionArea[];
  redacted: boolean;
};

export function presentDocument(d: DocumentRow): DocumentView {
  return {
    id: d.id,
    position: d.position,
    title: d.title,
    fileName: d.file_name,
    sha256: d.sha256,
    pages: d.pages,
    decision: d.decision,
    articles: d.articles,
    redactions: d.redactions,
    redacted: d.redacted,
  };
}

/** A document on its decision page: what is on file, without its content (read for previews). */
export type DocumentDecisionView = {
  id: string;
  title: string;
  pages: number;
  decision: Decision;
  articles: string[];
  redactions: RedactionArea[];
  redacted: boolean;
};

export function presentDecisionDocument(d: DecisionDocument): DocumentDecisionView {
  return {
    id: d.id,
    title: d.title,
    pages: d.pages,
    decision: d.decision,
    articles: d.articles,
    redactions: d.redactions,
    redacted: d.redacted,
  };
}
