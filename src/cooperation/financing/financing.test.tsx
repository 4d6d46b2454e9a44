import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { insertProject } from "../projects/test-fixtures.ts";
import { formatCompactMoney, formatMoney } from "./money.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;
const NOW = new Date("2024-06-20T15:00:00Z");
const A = "P-2024-101"; // Québec's, published
const B = "P-2024-102"; // France's, shared

let t: TestApp;
let qc: Session;
let fr: Session;
let admin: Session;
let reviewer: Session;
let funderId = "";

function form(fields: Record<string, string>, csrf: string) {
  return new URLSearchParams({ _csrf: csrf, ...fields });
}
const get = (path: string, who?: Session) =>
  t.request(path, {
    headers: { accept: "application/json", ...(who ? { cookie: who.cookie } : {}) },
  });
const post = (path: string, fields: Record<string, string>, who: Session) =>
  t.request(path, {
    method: "POST",
    body: form(fields, who.csrf),
    headers: { cookie: who.cookie, "content-type": "application/x-www-form-urlencoded" },
  });
const count = async (table: string) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[ \t\r\n]+/g, " ");

const commitment = (over: Record<string, string> = {}) => ({
  funder_id: funderId,
  source: "public",
  party: "qc",
  amount: "1 000 000,10",
  currency: "CAD",
  committed_on: "2024-02-01",
  confidential_to: "",
  note: "",
  ...over,
});

beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
  [qc, fr, admin, reviewer] = await Promise.all([
    t.signIn("member-qc"),
    t.signIn("member-fr"),
    t.signIn("admin"),
    t.signIn("reviewer"),
  ]);
  await insertProject(t.db, { code: A, ownerParty: "qc", published: true, lines: ["2.1", "3.1"] });
  await insertProject(t.db, { code: B, ownerParty: "fr" });
  const [org] = await t.db.query<{ id: string }>(
    "INSERT INTO organisations (name, party, kind) VALUES ('Fonds fictif du Nord', 'qc', 'fund') RETURNING id",
  );
  funderId = org?.id ?? "";
}, 120_000);
afterAll(() => t?.close());

describe("exchange rates", () => {
  it("lets only administrators keep the table, with confirmation before deleting", async () => {
    expect((await get("/admin/taux-de-change", qc)).status).toBe(403);
    const rate = {
      base: "EUR",
      quote: "CAD",
      on_date: "2024-01-02",
      rate: "1,4683",
      source: "Test",
    };
    expect((await post("/admin/taux-de-change", rate, qc)).status).toBe(403);
    expect((await post("/admin/taux-de-change", rate, admin)).status).toBe(303);
    const again = await post("/admin/taux-de-change", rate, admin);
    expect(again.status).toBe(409);
    const extra = { ...rate, on_date: "2024-03-01", rate: "1.5" };
    expect((await post("/admin/taux-de-change", extra, admin)).status).toBe(303);
    const confirm = await get("/admin/taux-de-change/EUR-CAD-2024-03-01/supprimer", admin);
    expect(await confirm.text()).toContain("Supprimer le taux EUR/CAD");
    expect(
      (await post("/admin/taux-de-change/EUR-CAD-2024-03-01/supprimer", {}, admin)).status,
    ).toBe(303);
    const api = (await (await get("/api/v1/exchange-rates")).json()) as {
      items: { rate: string }[];
    };
    expect(api.items.map((r) => r.rate)).toEqual(["1.46830000"]);
  });
});

describe("commitments and disbursements", () => {
  it("adds commitments for the owner party's members, refuses the other party (403)", async () => {
    expect((await post(`/cooperation/projets/${A}/financement`, commitment(), fr)).status).toBe(
      403,
    );
    expect(await count("financing_commitments")).toBe(0);
    expect((await post(`/cooperation/projets/${A}/financement`, commitment(), qc)).status).toBe(
      303,
    );
    const confidential = commitment({
      amount: "500 000,05",
      currency: "EUR",
      party: "fr",
      confidential_to: "qc",
    });
    expect((await post(`/cooperation/projets/${A}/financement`, confidential, qc)).status).toBe(
      303,
    );
    expect(await count("financing_commitments")).toBe(2);
    const audit = await t.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'financing.commitment.create'",
    );
    expect(audit).toHaveLength(2);
    // Each line's actions, small and stacked so that the table fits, name the line they act on.
    const page = await (await get(`/cooperation/projets/${A}`, qc)).text();
    expect(page).toContain('<table class="data-table compact financing-lines">');
    const actions = [...page.matchAll(/<td class="row-actions">(.*?)<\/td>/g)].map((m) => m[1]);
    expect(actions).toHaveLength(2);
    for (const cell of actions) {
      expect(plain(cell ?? "").trim()).toMatch(/^Modifier — .+ Supprimer — .+$/);
      expect(cell).toMatch(/Modifier<span class="visually-hidden"> — /);
    }
  });

  it("refuses a negative amount and an unknown currency with a localised message, writing nothing", async () => {
    const negative = await post(
      `/cooperation/projets/${A}/financement`,
      commitment({ amount: "-5" }),
      qc,
    );
    expect(negative.status).toBe(422);
    expect(plain(await negative.text())).toContain("Le montant doit être supérieur à zéro");
    const usd = await post(
      `/en/cooperation/projets/${A}/financement`,
      commitment({ currency: "USD" }),
      qc,
    );
    expect(usd.status).toBe(422);
    expect(plain(await usd.text())).toContain("Unknown currency: “USD”");
    expect(await count("financing_commitments")).toBe(2);
  });

  it("refuses a disbursement above what remains, writing nothing", async () => {
    const [line] = await t.db.query<{ id: string }>(
      "SELECT id FROM financing_commitments WHERE currency = 'CAD'",
    );
    const path = `/cooperation/projets/${A}/financement/${line?.id}/versement`;
    const paid = { amount: "600 000", paid_on: "2024-03-01", note: "" };
    expect((await post(path, paid, qc)).status).toBe(303);
    const over = await post(path, { ...paid, amount: "400 000,11" }, qc);
    expect(over.status).toBe(422);
    expect(plain(await over.text())).toContain("il reste 400000.10 CAD à verser");
    expect(await count("financing_disbursements")).toBe(1);
    expect((await post(path, { ...paid, amount: "400 000,10" }, qc)).status).toBe(303);
    const [c] = await t.db.query<{ d: string }>(
      "SELECT disbursed_cents::text AS d FROM financing_commitments WHERE id = $1",
      [line?.id],
    );
    expect(c?.d).toBe("100000010");
  });
});

describe("editing and deleting", () => {
  it("refuses to lower a commitment below what was paid, then deletes after confirmation", async () => {
    const [line] = await t.db.query<{ id: string }>(
      "SELECT id FROM financing_commitments WHERE currency = 'EUR'",
    );
    const base = `/cooperation/projets/${A}/financement/${line?.id}`;
    await post(`${base}/versement`, { amount: "100", paid_on: "2024-04-01", note: "" }, qc);
    const lower = await post(
      `${base}/modifier`,
      commitment({ amount: "99,99", currency: "EUR" }),
      qc,
    );
    expect(lower.status).toBe(422);
    expect(plain(await lower.text())).toContain("déjà été versé (100.00 EUR)");
    expect((await get(`${base}/supprimer`, fr)).status).toBe(403);
    expect(plain(await (await get(`${base}/supprimer`, qc)).text())).toContain(
      "Supprimer l’engagement",
    );
    expect((await post(`${base}/supprimer`, {}, qc)).status).toBe(303);
    expect(await count("financing_disbursements")).toBe(2);
    // Put back for the totals below.
    const again = commitment({
      amount: "500 000,05",
      currency: "EUR",
      party: "fr",
      confidential_to: "qc",
    });
    expect((await post(`/cooperation/projets/${A}/financement`, again, qc)).status).toBe(303);
  });
});

describe("visibility", () => {
  type Lines = { items: { currency: string; confidentialTo: string | null }[]; total: number };
  it("hides a line confidential to Québec from France's members and reviewers", async () => {
    const ofQc = (await (await get(`/api/v1/financing?project=${A}`, qc)).json()) as Lines;
    expect(ofQc.items.map((l) => l.currency).sort()).toEqual(["CAD", "EUR"]);
    for (const who of [fr, reviewer]) {
      const seen = (await (await get(`/api/v1/financing?project=${A}`, who)).json()) as Lines;
      expect(seen.items.map((l) => l.currency)).toEqual(["CAD"]);
    }
    const page = await get(`/cooperation/projets/${A}/financement`, fr);
    expect(page.status).toBe(200);
    expect(plain(await page.text())).not.toContain("Confidentiel");
    expect((await get("/api/v1/financing")).status).toBe(401);
  });

  it("leaves the confidential line out of the public's and the other party's summary", async () => {
    type S = { total: { committed: string } };
    const q = "/api/v1/portfolio/summary?currency=CAD&at=2024-06-01";
    const forPublic = (await (await get(q)).json()) as S;
    const forFr = (await (await get(q, fr)).json()) as S;
    expect(forPublic.total.committed).toBe("1000000.10");
    expect(forFr.total.committed).toBe("1000000.10");
  });
});

describe("totals", () => {
  type Row = { key: string; committed: string; disbursed: string };
  type S = { total: Row; by: Record<string, Row[]>; rate: { eurToCad: string } };

  it("converts exactly: per-currency sums converted once, half to even", async () => {
    const s = (await (
      await get("/api/v1/portfolio/summary?currency=CAD&at=2024-06-01", qc)
    ).json()) as S;
    // 500,000.05 EUR × 1.4683 = 734,150.073415 CAD → 734,150.07; plus 1,000,000.10 CAD.
    expect(s.total.committed).toBe("1734150.17");
    expect(s.total.disbursed).toBe("1000000.10");
    expect(s.rate.eurToCad).toBe("1.46830000");
    expect(s.by.line?.map((r) => r.key).sort()).toEqual(["2.1", "3.1"]);
    expect(s.by.party?.find((r) => r.key === "fr")?.committed).toBe("734150.07");
    const inEur = (await (
      await get("/api/v1/portfolio/summary?currency=EUR&at=2024-06-01", qc)
    ).json()) as S;
    // 1,000,000.10 / 1.4683 = 681,059.79568… → 681,059.80; plus 500,000.05.
    expect(inEur.total.committed).toBe("1181059.85");
  });

  it("shows on the project page the same totals as the API", async () => {
    const html = plain(
      await (await get(`/cooperation/projets/${A}/financement?a=2024-06-01`, qc)).text(),
    );
    for (const currency of ["CAD", "EUR"] as const) {
      const s = (await (
        await get(`/api/v1/portfolio/summary?currency=${currency}&at=2024-06-01`, qc)
      ).json()) as S;
      const row = s.by.project?.find((r) => r.key === A);
      expect(row?.committed).toBe(currency === "CAD" ? "1734150.17" : "1181059.85");
      const cents = (d: string) => BigInt(d.replace(".", ""));
      expect(html).toContain(formatMoney("fr", cents(row?.committed ?? "0"), currency));
      expect(html).toContain(formatMoney("fr", cents(row?.disbursed ?? "0"), currency));
    }
    expect(html).toContain(formatMoney("fr", 173415017n, "CAD"));
  });

  it("shows the same totals on the project page and the portfolio dashboard", async () => {
    const project = plain(await (await get(`/cooperation/projets/${A}?a=2024-06-01`, qc)).text());
    expect(project).toContain("Cofinancement");
    expect(project).toContain(formatMoney("fr", 173415017n, "CAD"));
    const dashboard = plain(await (await get("/cooperation?a=2024-06-01&devise=EUR", qc)).text());
    expect(dashboard).toContain("Financement du portefeuille");
    expect(dashboard).toContain(formatMoney("fr", 118105985n, "EUR"));
  });

  it("reads at a glance: compact totals, lines with their wording, charts, an old rate pointed out", async () => {
    const html = await (await get("/cooperation?a=2024-06-01", qc)).text();
    const text = plain(html);
    expect(text).toContain(`Engagé${"\u00a0"}: ${formatCompactMoney("fr", 173415017n, "CAD")}`);
    expect(formatCompactMoney("fr", 173415017n, "CAD")).toBe("1,7\u00a0M$\u00a0CA");
    expect(html).toContain('aria-labelledby="financement-annees-titre financement-annees-desc"');
    expect(html).toContain("Engagé et versé par partie (CAD)");
    expect(text).toMatch(/2\.1 — [A-Za-zÀ-ÿ]/);
    // Five months after the last rate, the totals say their rate is old; three days, they don't.
    expect(text).toMatch(
      /Attention.{1,3}: le taux le plus récent date du 2.janvier.2024, 151 jours/,
    );
    const fresh = plain(await (await get("/cooperation?a=2024-01-05", qc)).text());
    expect(fresh).toContain("Financement du portefeuille");
    expect(fresh).not.toContain("le taux le plus récent");
  });

  it("names the date when no rate is known on or before it", async () => {
    const res = await get("/api/v1/portfolio/summary?currency=EUR&at=2023-12-31", qc);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { id: string; message: string } };
    expect(body.error.id).toBe("financing_rate_missing");
    expect(body.error.message).toContain("2023-12-31");
  });
});
