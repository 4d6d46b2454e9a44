import type { Queryable } from "../../platform/db/client.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import type { Outcome, Status } from "../requests/status.ts";
import type { StatisticsRow } from "./compute.ts";

type RequestRow = {
  id: string;
  jurisdiction: Jurisdiction;
  received_on: string;
  decided_on: string | null;
  due_on: string;
  extended_on: string | null;
  outcome: Outcome | null;
  status: Status;
  reviewed: boolean;
};

type DocumentRow = { request_id: string; articles: string[] };

/** Requests received in [from, to), or all of them. */
function receivedWithin(year: number | undefined, params: unknown[]): string {
  if (year === undefined) return "TRUE";
  params.push(`${year}-01-01`, `${year + 1}-01-01`);
  return "r.received_on >= $1 AND r.received_on < $2";
}

/**
 * The rows the statistics are computed from, in two queries whatever the number of requests.
 * Only dates, statuses and articles are read: access_requesters, where the identity is kept,
 * is never joined, so no personal information can reach a public figure.
 */
export async function loadStatisticsRows(
  db: Queryable,
  year?: number | undefined,
): Promise<StatisticsRow[]> {
  const params: unknown[] = [];
  const within = receivedWithin(year, params);
  const requests = await db.query<RequestRow>(
    `SELECT r.id, r.jurisdiction, r.received_on, r.decided_on, r.due_on, r.extended_on,
            r.outcome, r.status,
            (r.status = 'under_review' OR EXISTS (
               SELECT 1 FROM access_status_history h
                WHERE h.request_id = r.id AND h.to_status = 'under_review')) AS reviewed
       FROM access_requests r
      WHERE ${within}`,
    params,
  );
  // Articles count once the request is decided: until then a document's decision is a draft.
  const documents = await db.query<DocumentRow>(
    `SELECT d.request_id, d.articles
       FROM access_documents d JOIN access_requests r ON r.id = d.request_id
      WHERE ${within} AND r.outcome IS NOT NULL
        AND d.decision IN ('partial', 'refused') AND cardinality(d.articles) > 0`,
    params,
  );
  const articlesByRequest = new Map<string, string[][]>();
  for (const d of documents) {
    const list = articlesByRequest.get(d.request_id) ?? [];
    list.push(d.articles);
    articlesByRequest.set(d.request_id, list);
  }
  return requests.map((r) => ({
    jurisdiction: r.jurisdiction,
    receivedOn: r.received_on,
    decidedOn: r.decided_on,
    dueOn: r.due_on,
    extendedOn: r.extended_on,
    outcome: r.outcome,
    status: r.status,
    reviewed: r.reviewed,
    documentArticles: articlesByRequest.get(r.id) ?? [],
  }));
}
