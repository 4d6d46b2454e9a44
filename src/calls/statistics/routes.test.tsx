import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { insertCall } from "../applications/test-fixtures.ts";
import { seedCallsDemo } from "../demo/commands.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;

/** No-break spaces read as plain spaces, for assertions on words and amounts. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");
/** The cells of the table row whose header holds `label`. */
function row(html: string, label: string): string[] {
  const tr = plain(html)
    .split("<tr>")
    .find((r) => r.includes(label));
  return [...(tr ?? "").matchAll(/<td class="num">(.*?)<\/td>/g)].map((m) =>
    (m[1] as string).replace(/<[^>]+>/g, ""),
  );
}

describe("call dashboard and statistics", () => {
  let t: TestApp;
  let qc: Session;
  let applicant: Session;
  const get = (path: string, as?: Session) =>
    t.request(path, { headers: as ? { cookie: as.cookie } : {} });

  beforeAll(async () => {
    t = await createTestApp();
    qc = await t.signIn("member-qc");
    applicant = await t.signIn("applicant");
  }, 60_000);
  afterAll(() => t?.close());

  it("keeps the figures to officials", async () => {
    await insertCall(t.db, {
      code: "AAP-2020-01",
      opensAt: new Date("2020-01-15T14:00:00Z"),
      closesAt: new Date("2020-03-31T21:00:00Z"),
    });
    for (const path of [
      "/appels/statistiques",
      "/appels/AAP-2020-01/tableau-de-bord",
      "/api/v1/calls/statistics",
    ]) {
      expect((await get(path, applicant)).status).toBe(403);
      expect((await get(path)).status).not.toBe(200);
    }
    expect((await get("/appels/AAP-2099-01/tableau-de-bord", qc)).status).toBe(404);
  });

  it("says why there is nothing to show while no call is decided", async () => {
    const html = plain(await (await get("/appels/statistiques", qc)).text());
    expect(html).toContain("Aucun appel n’est encore décidé");
    expect(html).toContain("AAP-2020-01");
    const api = await (await get("/api/v1/calls/statistics", qc)).json();
    expect(api.total).toMatchObject({ decidedCalls: 0, submitted: 0, successRate: null });
    expect(api.calls).toEqual([
      expect.objectContaining({ call: "AAP-2020-01", decided: false, daysToDecision: null }),
    ]);
  });

  it("counts the demo's closed call: statuses by party, budget, review", async () => {
    await seedCallsDemo(t.db);
    const [closed] = await t.db.query<{ code: string }>(
      "SELECT code FROM calls WHERE closes_at < now() AND code <> 'AAP-2020-01'",
    );
    const res = await get(`/appels/${closed?.code}/tableau-de-bord`, qc);
    expect(res.status).toBe(200);
    const html = await res.text();
    // Total, Québec-led, France-led: two consortia led from each side.
    expect(row(html, "Déposées — admissibles")).toEqual(["4", "2", "2"]);
    expect(row(html, "Décision — financées")).toEqual(["2", "1", "1"]);
    expect(row(html, "Décision — liste d’attente")).toEqual(["1", "1", "0"]);
    expect(row(html, "Décision — refusées")).toEqual(["1", "0", "1"]);
    expect(row(html, "Brouillons")).toEqual(["0", "0", "0"]);
    // Envelope, requested (24 000 + 20 000 + 16 000 + 8 000), committed (24 000 + 20 000), left.
    expect(row(html, `"row">Québec<`)).toEqual([
      "300 000 $ CA",
      "68 000 $ CA",
      "44 000 $ CA",
      "256 000 $ CA",
    ]);
    expect(row(html, `"row">France<`)).toEqual(["200 000 €", "51 000 €", "31 000 €", "169 000 €"]);
    expect(plain(html)).toContain("4 candidatures admissibles : 8 avis reçus sur 8 demandés.");

    const en = await (await get(`/en/appels/${closed?.code}/tableau-de-bord`, qc)).text();
    expect(row(en, `"row">Québec<`)[2]).toBe("CA$44,000");
  });

  it("counts the open call's draft and its submitted application", async () => {
    const [open] = await t.db.query<{ code: string }>(
      "SELECT code FROM calls WHERE opens_at < now() AND closes_at > now()",
    );
    const html = await (await get(`/appels/${open?.code}/tableau-de-bord`, qc)).text();
    expect(row(html, "Brouillons")).toEqual(["1", "0", "1"]);
    expect(row(html, "Déposées — examen en cours")).toEqual(["1", "1", "0"]);
    expect(plain(html)).toContain("aucun avis n’a encore été demandé");
  });

  it("gives the success rate, the time to decision and the amounts across calls", async () => {
    const api = await (await get("/api/v1/calls/statistics", qc)).json();
    const demo = api.calls.find((c: { decided: boolean }) => c.decided);
    expect(demo).toMatchObject({ submitted: 4, funded: 2, successRate: 0.5 });
    // Closed 150 days before the seeding, at 17:00 in Québec; decided at the seeding.
    expect([149, 150]).toContain(demo.daysToDecision);
    expect(api.total).toMatchObject({
      decidedCalls: 1,
      submitted: 4,
      funded: 2,
      successRate: 0.5,
      daysToDecision: demo.daysToDecision,
      committed: [
        { party: "qc", amount: "44000.00", currency: "CAD" },
        { party: "fr", amount: "31000.00", currency: "EUR" },
      ],
    });
    const html = plain(await (await get("/appels/statistiques", qc)).text());
    expect(html).toContain("50 %");
    expect(html).toContain(`${demo.daysToDecision} jours`);
    expect(html).toContain("Total (1 appel décidé, délai médian)");
    expect(html).not.toContain("Aucun appel n’est encore décidé");
    const en = plain(await (await get("/en/appels/statistiques", qc)).text());
    expect(en).toContain("50%");
  });
});
