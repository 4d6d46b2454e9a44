import * as mupdf from "mupdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { projectLines } from "../../cooperation/financing/queries.ts";
import { findProjectByCode, projectDetails } from "../../cooperation/projects/queries.ts";
import { insertCall } from "../applications/test-fixtures.ts";
import { fundedProjectsOf } from "./routes.tsx";
import { insertSubmitted, linkCallToLine } from "./test-fixtures.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;

const OPENS = new Date("2026-01-15T14:00:00Z");
const CLOSES = new Date("2026-03-31T21:00:00Z");
/** No-break spaces and line breaks read as plain spaces, for assertions on words. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

function pdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  let text = "";
  for (let i = 0; i < doc.countPages(); i++) {
    text += doc.loadPage(i).toStructuredText("preserve-whitespace").asText();
  }
  return plain(text);
}

describe("the joint committee's decisions", () => {
  let t: TestApp;
  let qc: Session;
  let fr: Session;
  let applicant: Session;
  let reviewer: Session;
  let crowded: { id: string; code: string };
  let call: { id: string; code: string };
  const apps: Awaited<ReturnType<typeof insertSubmitted>>[] = [];

  const get = (path: string, as?: Session) =>
    t.request(path, { headers: as ? { cookie: as.cookie } : {} });
  const post = (path: string, as: Session, fields: Record<string, string>) => {
    const body = new FormData();
    body.set("_csrf", as.csrf);
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    return t.request(path, { method: "POST", body, headers: { cookie: as.cookie } });
  };
  const decide = (as: Session, code: string, reference: string, fields: Record<string, string>) =>
    post(`/appels/${code}/comite/${reference}`, as, {
      reason: "",
      amount_qc: "",
      amount_fr: "",
      ...fields,
    });
  const decisions = async (callId: string) =>
    t.db.query<{ outcome: string; amount_qc_cents: number; amount_fr_cents: number }>(
      "SELECT outcome, amount_qc_cents, amount_fr_cents FROM call_decisions WHERE call_id = $1",
      [callId],
    );
  const approvals = async () =>
    (
      await t.db.query<{ party: string }>(
        "SELECT party FROM call_decision_approvals WHERE call_id = $1 ORDER BY party",
        [call.id],
      )
    ).map((r) => r.party);

  beforeAll(async () => {
    t = await createTestApp();
    qc = await t.signIn("member-qc");
    fr = await t.signIn("member-fr");
    applicant = await t.signIn("applicant");
    reviewer = await t.signIn("reviewer");
    crowded = await insertCall(t.db, { code: "AAP-2026-01", opensAt: OPENS, closesAt: CLOSES });
    call = await insertCall(t.db, { code: "AAP-2026-02", opensAt: OPENS, closesAt: CLOSES });
    // Envelopes of 500 000 $ CA and 500 000 €: twelve grants of 40 000 fit, not twenty.
    await t.db.query(
      "UPDATE calls SET envelope_qc_cents = 50000000, envelope_fr_cents = 50000000 WHERE id = $1",
      [crowded.id],
    );
    await linkCallToLine(t.db, call.id, "2.1");
    apps.push(await insertSubmitted(t.db, call, 1, { lead: "Université Laval" }));
    apps.push(await insertSubmitted(t.db, call, 2, { language: "en" }));
    apps.push(await insertSubmitted(t.db, call, 3));
  }, 60_000);
  afterAll(() => t?.close());

  it("keeps applicants and reviewers out of the committee (403), and saves nothing", async () => {
    const [first] = apps;
    for (const who of [applicant, reviewer]) {
      expect((await get(`/appels/${call.code}/comite`, who)).status).toBe(403);
      const res = await decide(who, call.code, first?.reference ?? "", { outcome: "funded" });
      expect(res.status).toBe(403);
    }
    expect((await get(`/appels/${call.code}/comite`)).status).not.toBe(200);
    expect(await decisions(call.id)).toEqual([]);
    const page = await get(`/appels/${call.code}/comite`, qc);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${call.code}-0001`);
  });

  it("refuses a rejection without a reason (422) and saves nothing", async () => {
    const res = await decide(qc, call.code, apps[0]?.reference ?? "", {
      outcome: "rejected",
      reason: "   ",
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Indiquez le motif du refus");
    expect(await decisions(call.id)).toEqual([]);
  });

  it("refuses more than the application asked of a party (422)", async () => {
    const res = await decide(qc, call.code, apps[0]?.reference ?? "", {
      outcome: "funded",
      amount_qc: "40 000,01",
      amount_fr: "10 000",
    });
    expect(res.status).toBe(422);
    expect(plain(await res.text())).toContain("40 000 $ CA");
    expect(await decisions(call.id)).toEqual([]);
  });

  it("never exceeds an envelope under 20 concurrent decisions; the refused get a localised 409", {
    timeout: 120_000,
  }, async () => {
    const many = [];
    for (let n = 1; n <= 20; n++) many.push(await insertSubmitted(t.db, crowded, n));
    const results = await Promise.all(
      many.map((a) =>
        decide(qc, crowded.code, a.reference, {
          outcome: "funded",
          amount_qc: "40 000",
          amount_fr: "40000",
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(12);
    expect(statuses.filter((s) => s === 409)).toHaveLength(8);
    const refused = results.find((r) => r.status === 409) as Response;
    expect(plain(await refused.text())).toContain(
      "L’enveloppe du Québec de l’appel AAP-2026-01 serait dépassée : il reste 20 000 $ CA.",
    );
    const saved = await decisions(crowded.id);
    const total = (party: "qc" | "fr") =>
      saved.reduce((s, d) => s + (party === "qc" ? d.amount_qc_cents : d.amount_fr_cents), 0);
    expect(total("qc")).toBe(48_000_000);
    expect(total("fr")).toBeLessThanOrEqual(50_000_000);
    // One more, in English: still refused, and nothing of it saved.
    const last = await insertSubmitted(t.db, crowded, 21);
    const en = await post(`/en/appels/${crowded.code}/comite/${last.reference}`, qc, {
      outcome: "funded",
      reason: "",
      amount_qc: "30000",
      amount_fr: "",
    });
    expect(en.status).toBe(409);
    expect(plain(await en.text())).toContain(
      "The Québec envelope of call AAP-2026-01 would be exceeded: CA$20,000 is left.",
    );
    expect(await decisions(crowded.id)).toHaveLength(12);
  });

  it("becomes final only when both co-chairs approve; a change withdraws the approvals", {
    timeout: 60_000,
  }, async () => {
    const [one, two, three] = apps as [(typeof apps)[0], (typeof apps)[0], (typeof apps)[0]];
    expect(
      (
        await decide(qc, call.code, one.reference, {
          outcome: "funded",
          amount_qc: "40 000",
          amount_fr: "30 000",
        })
      ).status,
    ).toBe(303);
    expect((await decide(fr, call.code, two.reference, { outcome: "waiting_list" })).status).toBe(
      303,
    );
    // Nobody approves before every submitted application has its decision, nor before co-chairs.
    const early = await post(`/appels/${call.code}/comite/approuver`, qc, {});
    expect(early.status).toBe(403);
    const seats = await post(`/appels/${call.code}/comite/copresidents`, fr, {
      cochair_qc: qc.user.id,
      cochair_fr: fr.user.id,
    });
    expect(seats.status).toBe(303);
    const incomplete = await post(`/appels/${call.code}/comite/approuver`, qc, {});
    expect(incomplete.status).toBe(409);
    expect(await incomplete.text()).toContain("1 sans décision");
    expect(
      (
        await decide(qc, call.code, three.reference, {
          outcome: "rejected",
          reason: "Hors du champ de l’appel.",
        })
      ).status,
    ).toBe(303);

    expect((await post(`/appels/${call.code}/comite/approuver`, qc, {})).status).toBe(303);
    expect(await approvals()).toEqual(["qc"]);
    // A change after an approval withdraws it.
    await decide(fr, call.code, two.reference, { outcome: "waiting_list", reason: "Rang 2." });
    expect(await approvals()).toEqual([]);
    // A member who is not a co-chair cannot approve.
    const other = await t.signIn("member-fr");
    expect((await post(`/appels/${call.code}/comite/approuver`, other, {})).status).toBe(403);
    expect((await post(`/appels/${call.code}/comite/approuver`, qc, {})).status).toBe(303);
    expect(await approvals()).toEqual(["qc"]);
    const final = await post(`/appels/${call.code}/comite/approuver`, fr, {});
    expect(final.status).toBe(303);
    const [committee] = await t.db.query<{ finalised_at: Date | null }>(
      "SELECT finalised_at FROM call_committees WHERE call_id = $1",
      [call.id],
    );
    expect(committee?.finalised_at).not.toBeNull();

    // Once final, nothing changes.
    const late = await decide(qc, call.code, two.reference, {
      outcome: "rejected",
      reason: "Non.",
    });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("définitives");
    const seatsLate = await post(`/appels/${call.code}/comite/copresidents`, qc, {
      cochair_qc: "",
      cochair_fr: "",
    });
    expect(seatsLate.status).toBe(409);
  });

  it("turns the funded application into a joint project with partners and commitments", async () => {
    const funded = await fundedProjectsOf(t.db, call.id);
    expect(funded).toHaveLength(1);
    const code = funded?.[0]?.projectCode as string;
    expect(code).toMatch(/^P-\d{4}-\d{3}$/);
    const project = await findProjectByCode(t.db, code);
    expect(project?.status).toBe("approved");
    expect(project?.title_fr).toBe("Projet 1");
    const details = await projectDetails(t.db, project as NonNullable<typeof project>);
    expect(details.lines.map((l) => l.code)).toEqual(["2.1"]);
    expect(details.partners.map((p) => `${p.name}:${p.role}`).sort()).toEqual(
      [
        "Université Laval:lead",
        "Laboratoire fictif 1:partner",
        "Ministère des Ressources naturelles et des Forêts:funder",
        "Délégation interministérielle aux approvisionnements en minerais et métaux stratégiques:funder",
      ].sort(),
    );
    const lines = await projectLines(t.db, { kind: "all" }, project?.id as string);
    expect(lines.map((l) => `${l.party} ${l.committed} ${l.currency}`).sort()).toEqual([
      "fr 3000000 EUR",
      "qc 4000000 CAD",
    ]);
    const [link] = await t.db.query<{ application_id: string }>(
      "SELECT application_id FROM call_funded_projects WHERE project_id = $1",
      [project?.id],
    );
    expect(link?.application_id).toBe(apps[0]?.id);
    expect(details.from_call).toBe(call.code);
    const page = await (await get(`/cooperation/projets/${code}`, qc)).text();
    expect(page).toContain(`<a href="/appels/${call.code}">${call.code}</a>`);
    expect(page).toContain("Issu de l’appel à projets");
    // The public call page names what was funded.
    const callPage = await (await get(`/appels/${call.code}`)).text();
    expect(callPage).toContain(`/cooperation/projets/${code}`);
  });

  it("queues one letter per applicant, in the application's language, with its PDF", async () => {
    const mails = await t.db.query<{
      to_address: string;
      subject: string;
      body_text: string;
      filename: string;
      content: Uint8Array;
    }>(
      `SELECT m.to_address, m.subject, m.body_text, a.filename, a.content
         FROM mail_outbox m JOIN mail_attachments a ON a.mail_id = m.id
        WHERE m.subject_type = 'CallDecision' ORDER BY m.subject_id`,
    );
    expect(mails.map((m) => m.to_address)).toEqual(apps.map((a) => a.ownerEmail));
    expect(mails[0]?.subject).toBe(
      `Appel ${call.code} — décision sur votre candidature ${call.code}-0001`,
    );
    expect(mails[1]?.subject).toBe(
      `Call ${call.code} — decision on your application ${call.code}-0002`,
    );
    expect(mails[1]?.body_text).toContain("Please find attached");
    for (const m of mails) {
      expect(m.filename).toMatch(/^decision-AAP-2026-02-000\d\.pdf$/);
      expect(Buffer.from(m.content).subarray(0, 5).toString()).toBe("%PDF-");
    }
    const [funded, waiting, rejected] = mails.map((m) => pdfText(m.content));
    expect(funded).toMatch(
      /retenue pour financement : 40 000 \$ CA du Québec et 30 000 € de la France\. Elle devient le projet conjoint P-\d{4}-\d{3}/,
    );
    expect(waiting).toContain("It has been placed on the waiting list");
    expect(rejected).toContain("Motif : Hors du champ de l’appel.");
  });

  it("lets officials download the letters (PDF and DOCX), not applicants", async () => {
    const pdf = await get(`/appels/${call.code}/comite/${call.code}-0003/lettre.pdf`, fr);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const docx = await get(`/appels/${call.code}/comite/${call.code}-0003/lettre.docx`, fr);
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect(
      (await get(`/appels/${call.code}/comite/${call.code}-0003/lettre.pdf`, applicant)).status,
    ).toBe(403);
  });

  it("publishes the results through the API once final, and only then", async () => {
    expect((await t.api("GET", `/api/v1/calls/${crowded.code}/results`)).status).toBe(404);
    const res = await t.api("GET", `/api/v1/calls/${call.code}/results`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: { reference: string; projectCode: string; funding: { amount: string }[] }[];
      totals: { party: string; amount: string; currency: string }[];
    };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.reference).toBe(`${call.code}-0001`);
    expect(body.items[0]?.projectCode).toMatch(/^P-/);
    expect(body.totals).toEqual([
      { party: "qc", amount: "40000.00", currency: "CAD" },
      { party: "fr", amount: "30000.00", currency: "EUR" },
    ]);
  });

  it("leaves nothing half done when the hand-off fails, and succeeds once the fault is gone", {
    timeout: 60_000,
  }, async () => {
    const third = await insertCall(t.db, { code: "AAP-2026-03", opensAt: OPENS, closesAt: CLOSES });
    const only = await insertSubmitted(t.db, third, 1, { partner: "Laboratoire atomique" });
    await decide(qc, third.code, only.reference, { outcome: "funded", amount_qc: "1 000" });
    await post(`/appels/${third.code}/comite/copresidents`, qc, {
      cochair_qc: qc.user.id,
      cochair_fr: fr.user.id,
    });
    expect((await post(`/appels/${third.code}/comite/approuver`, qc, {})).status).toBe(303);
    const projectsBefore = await t.db.query("SELECT id FROM projects");
    // A fault in the last step of the hand-off: the financing commitment cannot be written.
    await t.db.exec(`
      CREATE FUNCTION r2_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated fault'; END; $$;
      CREATE TRIGGER r2_refuse BEFORE INSERT ON financing_commitments
        FOR EACH ROW EXECUTE FUNCTION r2_refuse();`);
    expect((await post(`/appels/${third.code}/comite/approuver`, fr, {})).status).toBe(500);
    const state = async () => ({
      projects: (await t.db.query("SELECT id FROM projects")).length,
      organisations: (
        await t.db.query("SELECT id FROM organisations WHERE name = 'Laboratoire atomique'")
      ).length,
      approvals: (
        await t.db.query("SELECT party FROM call_decision_approvals WHERE call_id = $1", [third.id])
      ).length,
      final: (
        await t.db.query(
          "SELECT 1 FROM call_committees WHERE call_id = $1 AND finalised_at IS NOT NULL",
          [third.id],
        )
      ).length,
      mails: (
        await t.db.query("SELECT id FROM mail_outbox WHERE subject_id = $1", [only.reference])
      ).length,
    });
    expect(await state()).toEqual({
      projects: projectsBefore.length,
      organisations: 0,
      approvals: 1,
      final: 0,
      mails: 0,
    });
    await t.db.exec("DROP TRIGGER r2_refuse ON financing_commitments; DROP FUNCTION r2_refuse();");
    expect((await post(`/appels/${third.code}/comite/approuver`, fr, {})).status).toBe(303);
    expect(await state()).toEqual({
      projects: projectsBefore.length + 1,
      organisations: 1,
      approvals: 2,
      final: 1,
      mails: 1,
    });
  });
});
