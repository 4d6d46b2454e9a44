import type { Queryable } from "../../platform/db/client.ts";
import { listDocuments } from "../documents/queries.ts";
import { listThirdParties } from "../requests/queries.ts";
import type { Status } from "../requests/status.ts";

export type HistoryRow = {
  from_status: Status | null;
  to_status: Status;
  on_date: string;
  note: string | null;
  by_name: string | null;
  at: Date;
};

export type SearchRow = {
  unit: string;
  searched_on: string;
  result: string;
  by_name: string | null;
};

export type LetterRow = { id: string; kind: string; lang: string; sent_on: string; at: Date };

/** Everything the officer's page shows about a request besides the requester. */
export async function requestFile(db: Queryable, requestId: string) {
  const [history, searches, documents, letters, thirdParties] = await Promise.all([
    db.query<HistoryRow>(
      `SELECT h.from_status, h.to_status, h.on_date, h.note, u.name AS by_name, h.at
         FROM access_status_history h LEFT JOIN users u ON u.id = h.by_user
        WHERE h.request_id = $1 ORDER BY h.at, h.on_date`,
      [requestId],
    ),
    db.query<SearchRow>(
      `SELECT s.unit, s.searched_on, s.result, u.name AS by_name
         FROM access_search_log s LEFT JOIN users u ON u.id = s.by_user
        WHERE s.request_id = $1 ORDER BY s.searched_on, s.at`,
      [requestId],
    ),
    listDocuments(db, requestId),
    db.query<LetterRow>(
      `SELECT id, kind, lang, sent_on, at FROM access_letters WHERE request_id = $1 ORDER BY at`,
      [requestId],
    ),
    listThirdParties(db, requestId),
  ]);
  return { history, searches, documents, letters, thirdParties };
}
