import * as mupdf from "mupdf";
import { afterAll, beforeAll, expect } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { insertCall, samplePdf } from "./test-fixtures.ts";

export const OPENS = new Date("2026-01-15T14:00:00Z");
export const CLOSES = new Date("2026-03-31T21:00:00Z");
// Sessions last hours: the tests run shortly before the closing, then just after it.
export const DURING = new Date("2026-03-31T19:00:00Z");
export const LATE = new Date("2026-03-31T21:00:01Z");

export type Session = Awaited<ReturnType<TestApp["signIn"]>>;

/** No-break spaces and line breaks read as plain spaces, for assertions on words. */
export const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

export function pdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  let text = "";
  for (let i = 0; i < doc.countPages(); i++) {
    text += doc.loadPage(i).toStructuredText("preserve-whitespace").asText();
  }
  return plain(text);
}

/**
 * The application routes' test bed, for a describe block: a fresh app whose clock the tests set
 * (`bed.now`), the fixture call, two applicants (alice, bob), a real PDF, and request helpers.
 */
export function applicationsBed() {
  const bed = {
    t: undefined as unknown as TestApp,
    now: DURING,
    call: undefined as unknown as Awaited<ReturnType<typeof insertCall>>,
    alice: undefined as unknown as Session,
    bob: undefined as unknown as Session,
    pdf: new Uint8Array() as Uint8Array,
  };

  beforeAll(async () => {
    bed.t = await createTestApp({ now: () => bed.now });
    bed.call = await insertCall(bed.t.db, { opensAt: OPENS, closesAt: CLOSES });
    bed.alice = await bed.t.signIn("applicant", "alice@example.org");
    bed.bob = await bed.t.signIn("applicant", "bob@example.org");
    bed.pdf = await samplePdf();
  });
  afterAll(() => bed.t?.close());

  const get = (path: string, as?: Session) =>
    bed.t.request(path, { headers: as ? { cookie: as.cookie } : {} });
  const post = (path: string, as: Session, fields: Record<string, string | File>) => {
    const body = new FormData();
    body.set("_csrf", as.csrf);
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    return bed.t.request(path, { method: "POST", body, headers: { cookie: as.cookie } });
  };
  const pdfFile = (bytes: Uint8Array, name = "description.pdf") =>
    new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/pdf" });
  const start = async (as: Session, title: string) => {
    const res = await post(`/appels/${bed.call.code}/candidater`, as, { title, language: "fr" });
    expect(res.status).toBe(303);
    return (res.headers.get("location") ?? "").split("/").pop() as string;
  };
  const stored = async (id: string) => {
    const [row] = await bed.t.db.query<{ status: string; reference: string | null; title: string }>(
      `SELECT status, reference, title FROM applications WHERE id = $1`,
      [id],
    );
    return row;
  };
  const count = async (table: string, id: string) => {
    const [row] = await bed.t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE application_id = $1`,
      [id],
    );
    return row?.n;
  };
  const complete = (extra: Record<string, string | File> = {}) => ({
    title: "Graphite sphérique",
    language: "fr",
    summaryFr: "Purification du graphite naturel.",
    summaryEn: "",
    partner_0_name: "Université Laval",
    partner_0_party: "qc",
    partner_0_kind: "university",
    partner_0_role: "lead",
    partner_1_name: "BRGM",
    partner_1_party: "fr",
    partner_1_kind: "geological_survey",
    partner_1_role: "partner",
    partner_2_name: "",
    budget_0_partner: "0",
    budget_0_year: "2027",
    budget_0_amount: "80 000,00",
    budget_0_currency: "CAD",
    budget_1_partner: "1",
    budget_1_year: "2027",
    budget_1_amount: "80000",
    budget_1_currency: "EUR",
    budget_2_amount: "",
    funding_qc: "40 000",
    funding_fr: "40000,00",
    [`document_${bed.call.requiredDocumentId}`]: pdfFile(bed.pdf),
    ...extra,
  });

  return { bed, get, post, pdfFile, start, stored, count, complete };
}
