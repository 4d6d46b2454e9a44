import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Deadlines } from "../deadlines/index.ts";
import {
  type PublicTitleView,
  presentPublicTitle,
  publicationDueOn,
} from "../disclosure/present.ts";
import { type DocumentView, presentDocument } from "../documents/present.ts";
import {
  presentRequest,
  presentRequester,
  type RequesterView,
  type RequestSummary,
} from "../requests/present.ts";
import type { RequesterRow, RequestRow } from "../requests/queries.ts";
import type { Status } from "../requests/status.ts";
import type { requestFile } from "./queries.ts";

export type HistoryEntry = {
  fromStatus: Status | null;
  toStatus: Status;
  onDate: string;
  note: string | null;
  byName: string | null;
  at: Date;
};

export type SearchEntry = {
  unit: string;
  searchedOn: string;
  result: string;
  byName: string | null;
};

export type LetterEntry = { id: string; kind: string; lang: string; sentOn: string; at: Date };

export type ThirdPartyNotice = {
  id: string;
  thirdParty: string;
  sentOn: string;
  answerDueOn: string;
  answer: string | null;
  answeredOn: string | null;
};

/** Everything on file about a request besides the requester. */
export type RequestFileView = {
  history: HistoryEntry[];
  searches: SearchEntry[];
  documents: DocumentView[];
  letters: LetterEntry[];
  thirdParties: ThirdPartyNotice[];
};

/** The request and its file as its page shows them; the requester only when asked for. */
export type PresentedRequest = {
  request: RequestSummary;
  requester: RequesterView | null;
  file: RequestFileView;
  publicTitle: PublicTitleView;
  publishBy: string | null;
};

export function presentRequestFile(
  r: RequestRow,
  file: Awaited<ReturnType<typeof requestFile>>,
  options: { lang: Lang; requester?: RequesterRow | null },
): PresentedRequest {
  return {
    request: presentRequest(r),
    requester: options.requester ? presentRequester(options.requester) : null,
    file: {
      history: file.history.map((h) => ({
        fromStatus: h.from_status,
        toStatus: h.to_status,
        onDate: h.on_date,
        note: h.note,
        byName: h.by_name,
        at: h.at,
      })),
      searches: file.searches.map((s) => ({
        unit: s.unit,
        searchedOn: s.searched_on,
        result: s.result,
        byName: s.by_name,
      })),
      documents: file.documents.map(presentDocument),
      letters: file.letters.map((l) => ({
        id: l.id,
        kind: l.kind,
        lang: l.lang,
        sentOn: l.sent_on,
        at: l.at,
      })),
      thirdParties: file.thirdParties.map((n) => ({
        id: n.id,
        thirdParty: n.third_party,
        sentOn: n.sent_on,
        answerDueOn: n.answer_due_on,
        answer: n.answer,
        answeredOn: n.answered_on,
      })),
    },
    publicTitle: presentPublicTitle(r, options.lang),
    publishBy: r.sent_on ? publicationDueOn(r.sent_on) : null,
  };
}

/** What the request's page shows, section by section. */
export type RequestView = PresentedRequest & {
  lang: Lang;
  csrf: string;
  deadlines: Deadlines;
  officers: { id: string; name: string }[];
  today: string;
  canUpdate: boolean;
  notice?: string | undefined;
  error?: string | undefined;
};
