import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiError, refusedInBothLanguages, spaced } from "../../app/testing/api-errors.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { createApiToken } from "../../platform/auth/commands.ts";
import { insertProject } from "../projects/test-fixtures.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;
type Line = {
  id: string;
  project: string;
  currency: string;
  committed: string;
  disbursed: string;
  remaining: string;
  confidentialTo: string | null;
};

const NOW = new Date("2024-06-20T15:00:00Z");
const A = "P-2024-201"; // Québec's, published
const B = "P-2024-202"; // France's
const HIDDEN = "P-2024-203"; // Québec's, confidential to Québec

let t: TestApp;
let qc: Session;
let fr: Session;
let admin: Session;
let reviewer: Session;
let funderId = "";

/** The JSON API as a browser script would call it: session cookie plus CSRF header. */
const api = (method: string, path: string, who?: Session, body?: unknown) =>
  t.api(method, path, { as: who, body });
const count = async (table: string) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

const commitment = (over: Record<string, unknown> = {}) => ({
  project: A,
  funderId,
  source: "public",
  party: "qc",
  amount: "1000.00",
  currency: "CAD",
  committedOn: "2024-02-01",
  ...over,
});

async function create(over: Record<string, unknown> = {}, who = qc): Promise<Line> {
  const res = await api("POST", "/api/v1/financing", who, commitment(over));
  expect(res.status).toBe(201);
  return (await res.json()) as Line;
}

const bothLanguages = (method: string, path: string, body?: unknown) =>
  refusedInBothLanguages(t, { method, path, as: qc, body });

beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
  [qc, fr, admin, reviewer] = await Promise.all([
    t.signIn("member-qc"),
    t.signIn("member-fr"),
    t.signIn("admin"),
    t.signIn("reviewer"),
  ]);
  await insertProject(t.db, { code: A, ownerParty: "qc", published: true });
  await insertProject(t.db, { code: B, ownerParty: "fr" });
  await insertProject(t.db, { code: HIDDEN, ownerParty: "qc", confidentialTo: "qc" });
  const [org] = await t.db.query<{ id: string }>(
    "INSERT INTO organisations (name, party, kind) VALUES ('Fonds fictif de l’API', 'qc', 'fund') RETURNING id",
  );
  funderId = org?.id ?? "";
}, 120_000);
afterAll(() => t?.close());

describe("creating a commitment", () => {
  it("creates it with an exact amount, audits it, and the portfolio summary follows", async () => {
    const summary = async () => {
      const res = await api("GET", "/api/v1/portfolio/summary?currency=CAD&at=2024-06-01", qc);
      return ((await res.json()) as { total: { committed: string } }).total.committed;
    };
    const before = await summary(); // now cached
    const line = await create({ amount: "1234567.89" });
    expect(line).toMatchObject({
      project: A,
      currency: "CAD",
      committed: "1234567.89",
      disbursed: "0.00",
      remaining: "1234567.89",
      confidentialTo: null,
    });
    const [audit] = await t.db.query<{ actor_label: string; changes: Record<string, unknown> }>(
      "SELECT actor_label, changes FROM audit_events WHERE action = 'financing.commitment.create' AND subject_id = $1",
      [line.id],
    );
    expect(audit?.actor_label).toBe(qc.email);
    expect(audit?.changes).toMatchObject({ amount: { from: null, to: "1234567.89 CAD" } });
    expect(BigInt((await summary()).replace(".", "")) - BigInt(before.replace(".", ""))).toBe(
      123456789n,
    );
    const one = await api("GET", `/api/v1/financing/${line.id}`, reviewer);
    expect(((await one.json()) as Line).committed).toBe("1234567.89");
  });

  it("refuses bad input with a message in French and English, writing nothing", async () => {
    const before = await count("financing_commitments");
    const usd = await bothLanguages("POST", "/api/v1/financing", commitment({ currency: "USD" }));
    expect(usd.id).toBe("financing_unknown_currency");
    expect(usd.fr).toContain("Devise inconnue : « USD »");
    expect(usd.en).toContain("Unknown currency: “USD”");

    const negative = await bothLanguages("POST", "/api/v1/financing", commitment({ amount: "-5" }));
    expect(negative.id).toBe("financing_amount_not_positive");
    expect(negative.fr).toContain("supérieur à zéro");
    expect(negative.en).toContain("greater than zero");

    // A JSON number would go through a float: refused, the amount travels as text.
    const float = await bothLanguages("POST", "/api/v1/financing", commitment({ amount: 0.1 }));
    expect(float.id).toBe("validation_failed");
    expect(float.fields.amount).toBeDefined();

    // "1,234" means 1.234 in French and 1234 in English: the API takes only "1234.00".
    const comma = await bothLanguages("POST", "/api/v1/financing", commitment({ amount: "1,234" }));
    expect(comma.id).toBe("financing_amount_format");
    expect(comma.fr).toContain("« 1234567.89 »");
    expect(comma.en).toContain("decimal number as text");

    const cents = await bothLanguages("POST", "/api/v1/financing", commitment({ amount: "1.001" }));
    expect(cents.id).toBe("financing_amount_precision");
    const funder = await bothLanguages(
      "POST",
      "/api/v1/financing",
      commitment({ funderId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(funder.id).toBe("financing_unknown_funder");
    const typo = await bothLanguages(
      "POST",
      "/api/v1/financing",
      commitment({ confidential: "qc" }),
    );
    expect(spaced(typo.fields._ ?? "")).toBe("Champs inconnus : confidential.");
    const date = await bothLanguages(
      "POST",
      "/api/v1/financing",
      commitment({ committedOn: "2024-02-30" }),
    );
    expect(date.id).toBe("invalid_date");
    // Confidential to France, a Québec member's line would vanish from its author's view.
    const other = await bothLanguages(
      "POST",
      "/api/v1/financing",
      commitment({ confidentialTo: "fr" }),
    );
    expect(spaced(other.fields.confidential_to ?? "")).toBe(
      "Une ligne ne peut être confidentielle qu’à votre propre partie.",
    );
    expect(await count("financing_commitments")).toBe(before);
  });
});

describe("permissions and confidentiality", () => {
  it("refuses the other party (403), reviewers (403) and the public (401)", async () => {
    const line = await create();
    const before = await count("financing_commitments");
    const audits = await count("audit_events");
    expect((await api("POST", "/api/v1/financing", fr, commitment())).status).toBe(403);
    expect((await api("POST", "/api/v1/financing", reviewer, commitment())).status).toBe(403);
    expect((await api("POST", "/api/v1/financing", undefined, commitment())).status).toBe(401);
    expect((await api("GET", `/api/v1/financing/${line.id}`)).status).toBe(401);
    const path = `/api/v1/financing/${line.id}`;
    const { project: _, ...fields } = commitment({ amount: "1.00" });
    expect((await api("POST", path, fr, fields)).status).toBe(403);
    expect((await api("DELETE", `${path}?confirm=true`, fr)).status).toBe(403);
    const pay = { amount: "1.00", paidOn: "2024-03-01" };
    expect((await api("POST", `${path}/disbursements`, fr, pay)).status).toBe(403);
    expect((await api("POST", `${path}/disbursements`, undefined, pay)).status).toBe(401);
    expect(await count("financing_commitments")).toBe(before);
    expect(await count("financing_disbursements")).toBe(0);
    expect(await count("audit_events")).toBe(audits);
    // France's members fund France's projects.
    const ofFrance = await create({ project: B, party: "fr", currency: "EUR" }, fr);
    expect(ofFrance.project).toBe(B);
  });

  it("hides a line confidential to Québec from France and reviewers: 404, as if absent", async () => {
    const secret = await create({ confidentialTo: "qc" });
    expect(secret.confidentialTo).toBe("qc");
    const path = `/api/v1/financing/${secret.id}`;
    for (const who of [fr, reviewer]) {
      const res = await api("GET", path, who);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(secret.committed);
    }
    const { project: _, ...fields } = commitment({ confidentialTo: "qc" });
    expect((await api("POST", path, fr, fields)).status).toBe(404);
    expect((await api("DELETE", `${path}?confirm=true`, fr)).status).toBe(404);
    expect((await api("GET", path, qc)).status).toBe(200);
    expect((await api("GET", path, admin)).status).toBe(200);
    // The same for a project confidential to Québec, named in the body.
    const hidden = await api("POST", "/api/v1/financing", fr, commitment({ project: HIDDEN }));
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as ApiError).error.id).toBe("project_unknown");
    const list = await api("GET", `/api/v1/financing?project=${A}`, fr);
    expect(await list.text()).not.toContain(secret.id);
  });
});

describe("disbursements", () => {
  it("records payments up to the commitment and refuses one above what remains", async () => {
    const line = await create({ amount: "1000.00" });
    const path = `/api/v1/financing/${line.id}/disbursements`;
    const first = await api("POST", path, qc, { amount: "600.00", paidOn: "2024-03-01" });
    expect(first.status).toBe(201);
    const paid = (await first.json()) as { disbursement: { amount: string }; line: Line };
    expect(paid.disbursement.amount).toBe("600.00");
    expect(paid.line).toMatchObject({ disbursed: "600.00", remaining: "400.00" });
    const audit = await t.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'financing.disbursement.create' AND subject_id = $1",
      [line.id],
    );
    expect(audit).toHaveLength(1);

    const before = await count("financing_disbursements");
    const over = await bothLanguages("POST", path, { amount: "400.01", paidOn: "2024-04-01" });
    expect(over.id).toBe("financing_disbursement_exceeds");
    expect(over.fr).toContain("il reste 400.00 CAD à verser");
    expect(over.en).toContain("400.00 CAD remains to be paid");
    const negative = await bothLanguages("POST", path, { amount: "-1.00", paidOn: "2024-04-01" });
    expect(negative.id).toBe("financing_amount_not_positive");
    expect(await count("financing_disbursements")).toBe(before);
  });

  it("takes an API token instead of a session (scripts send no CSRF header)", async () => {
    const line = await create({ amount: "10.00" });
    const { token } = await createApiToken(t.db, CLI_PERFORMER, {
      userId: qc.user.id,
      name: "script",
      days: 1,
      now: NOW,
    });
    const res = await t.request(`/api/v1/financing/${line.id}/disbursements`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ amount: "10.00", paidOn: "2024-05-01", note: "Solde" }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { line: Line }).line.remaining).toBe("0.00");
  });
});

describe("updating and deleting", () => {
  it("updates a line, never below what was paid nor in another currency once paid", async () => {
    const line = await create({ amount: "500.00" });
    const path = `/api/v1/financing/${line.id}`;
    await api("POST", `${path}/disbursements`, qc, { amount: "100.00", paidOn: "2024-03-01" });
    const { project: _, ...fields } = commitment();
    const raised = await api("POST", path, qc, { ...fields, amount: "750.50" });
    expect(raised.status).toBe(200);
    expect((await raised.json()) as Line).toMatchObject({
      committed: "750.50",
      remaining: "650.50",
    });
    const audit = await t.db.query<{ changes: Record<string, unknown> }>(
      "SELECT changes FROM audit_events WHERE action = 'financing.commitment.update' AND subject_id = $1",
      [line.id],
    );
    expect(audit[0]?.changes).toEqual({ amount: { from: "500.00 CAD", to: "750.50 CAD" } });

    const lower = await bothLanguages("POST", path, { ...fields, amount: "99.99" });
    expect(lower.id).toBe("financing_commitment_below_disbursed");
    expect(lower.fr).toContain("déjà été versé (100.00 CAD)");
    const euros = await api("POST", path, qc, { ...fields, amount: "750.50", currency: "EUR" });
    expect(euros.status).toBe(409);
    const now = (await (await api("GET", path, qc)).json()) as Line;
    expect([now.committed, now.currency]).toEqual(["750.50", "CAD"]);
  });

  it("deletes only with confirm=true, and audits the deletion", async () => {
    const line = await create({ amount: "42.00" });
    const path = `/api/v1/financing/${line.id}`;
    const unconfirmed = await bothLanguages("DELETE", path, undefined);
    expect(unconfirmed.id).toBe("financing_delete_unconfirmed");
    expect(unconfirmed.fr).toContain("confirm=true");
    expect(unconfirmed.fr).toContain("Fonds fictif de l’API");
    expect(unconfirmed.en).toContain("To delete the commitment from Fonds fictif de l’API");
    expect((await api("GET", path, qc)).status).toBe(200);
    const gone = await api("DELETE", `${path}?confirm=true`, qc);
    expect(gone.status).toBe(204);
    expect((await api("GET", path, qc)).status).toBe(404);
    const audit = await t.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'financing.commitment.delete' AND subject_id = $1",
      [line.id],
    );
    expect(audit).toHaveLength(1);
  });
});

describe("OpenAPI", () => {
  it("documents every financing route with a bilingual summary", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { summary: string }>>;
    };
    const routes: [string, string][] = [
      ["/api/v1/financing", "post"],
      ["/api/v1/financing/{id}", "get"],
      ["/api/v1/financing/{id}", "post"],
      ["/api/v1/financing/{id}", "delete"],
      ["/api/v1/financing/{id}/disbursements", "post"],
    ];
    for (const [path, method] of routes) {
      expect(doc.paths[path]?.[method]?.summary).toMatch(/^[^/]+ \/ [^/]+$/);
    }
  });
});
