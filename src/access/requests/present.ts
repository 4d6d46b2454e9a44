import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import type { RequesterRow, RequestRow } from "./queries.ts";
import type { Outcome, Status } from "./status.ts";

/** The requester's link to the receipt of their request: the only way to open it. */
export const receiptPath = (lang: Lang, created: { reference: string; receiptToken: string }) =>
  localisedPath(lang, `/acces/demande/recue/${created.reference}?jeton=${created.receiptToken}`);

/** A request as officers' views show it; dates stay ISO strings, formatted by the views. */
export type RequestSummary = {
  id: string;
  reference: string;
  jurisdiction: Jurisdiction;
  channel: string;
  receivedOn: string;
  subject: string;
  documentsSought: string;
  lang: Lang;
  status: Status;
  outcome: Outcome | null;
  dueOn: string;
  extendedOn: string | null;
  decidedOn: string | null;
  sentOn: string | null;
  officerId: string | null;
  officerName: string | null;
  publicSummary: string | null;
  publicTitleFr: string | null;
  publicTitleEn: string | null;
  publishedOn: string | null;
};

/** Nothing personal: the requester's identity is never part of a request's row. */
export function presentRequest(r: RequestRow): RequestSummary {
  return {
    id: r.id,
    reference: r.reference,
    jurisdiction: r.jurisdiction,
    channel: r.channel,
    receivedOn: r.received_on,
    subject: r.subject,
    documentsSought: r.documents_sought,
    lang: r.lang,
    status: r.status,
    outcome: r.outcome,
    dueOn: r.due_on,
    extendedOn: r.extended_on,
    decidedOn: r.decided_on,
    sentOn: r.sent_on,
    officerId: r.officer_id,
    officerName: r.officer_name,
    publicSummary: r.public_summary,
    publicTitleFr: r.public_title_fr,
    publicTitleEn: r.public_title_en,
    publishedOn: r.published_on,
  };
}

/** Personal information: present it only where the policy lets the viewer read the requester. */
export type RequesterView = {
  name: string;
  email: string | null;
  postalAddress: string | null;
  phone: string | null;
};

export function presentRequester(r: RequesterRow): RequesterView {
  return { name: r.name, email: r.email, postalAddress: r.postal_address, phone: r.phone };
}

/** What the requester's receipt shows: the reference and the deadline, nothing else. */
export type ReceiptView = { reference: string; dueOn: string };

export const presentReceipt = (r: RequestRow): ReceiptView => ({
  reference: r.reference,
  dueOn: r.due_on,
});
