import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { exampleBody, type OpenApiDoc } from "../../platform/testing/route-walk.ts";
import { seedCallsDemo } from "../demo/commands.ts";
import { createCall } from "./commands.ts";
import { parseCallInput } from "./schema.ts";

// Demo calls are dated from this instant: the open one closes 28 days later at 17:00 Toronto.
const NOW = new Date("2026-03-10T16:00:00Z");
type Session = Awaited<ReturnType<TestApp["signIn"]>>;

const plain = (html: string) => html.replace(/[\u00a0\u202f]/g, " ").replace(/&#39;|&#x27;/g, "'");

/** The page's text: tags dropped, so a date split into <time> elements reads as one. */
const textOf = (html: string) => plain(html.replace(/<[^>]+>/g, ""));

/** A complete, valid form; tests spoil one field at a time. */
const VALID: Record<string, string | string[]> = {
  titleFr: "Appel conjoint sur le recyclage du lithium",
  titleEn: "Joint call on lithium recycling",
  textFr: "Texte <script>alert(1)</script> de l’appel",
  textEn: "Text of the call",
  eligibleActivitiesFr: "Recherche appliquée",
  eligibleActivitiesEn: "Applied research",
  timeZone: "America/Toronto",
  opensAt: "2026-04-01T09:00",
  closesAt: "2026-05-29T17:00",
  envelopeQc: "1 500 000",
  envelopeFr: "1000000,00",
  maxFundingQc: "250 000",
  maxFundingFr: "170000",
  cofinancingRatePct: "50",
  minPartnersPerParty: "1",
  lines: ["2.1", "4.4"],
  "documents.0.labelFr": "Budget détaillé",
  "documents.0.labelEn": "Detailed budget",
  "documents.0.required": "on",
  "documents.1.labelFr": "",
  "documents.1.labelEn": "",
  "eligibility.0.labelFr": "Un partenaire de chaque partie",
  "eligibility.0.labelEn": "One partner from each party",
  "scored.0.labelFr": "Qualité scientifique",
  "scored.0.labelEn": "Scientific quality",
  "scored.0.weight": "2",
  "scored.0.guidanceFr": "Rigueur de la méthode",
  "scored.0.guidanceEn": "Rigour of the method",
};

function form(fields: Record<string, string | string[]>, csrf: string) {
  const body = new URLSearchParams({ _csrf: csrf });
  for (const [k, v] of Object.entries(fields)) {
    for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  }
  return body;
}

describe("joint calls for projects", () => {
  let t: TestApp;
  let qc: Session;
  let fr: Session;

  const get = (path: string, who?: Session) =>
    t.request(path, who ? { headers: { cookie: who.cookie } } : undefined);
  const post = (path: string, fields: Record<string, string | string[]>, who: Session) =>
    t.request(path, {
      method: "POST",
      body: form(fields, who.csrf),
      headers: { cookie: who.cookie, "content-type": "application/x-www-form-urlencoded" },
    });
  const count = async () =>
    ((await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM calls"))[0] as { n: number })
      .n;

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    qc = await t.signIn("member-qc");
    fr = await t.signIn("member-fr");
  });
  afterAll(() => t?.close());

  it("says why each section of the list is empty before any call", async () => {
    const fr = plain(await (await get("/appels")).text());
    expect(fr).toContain("Aucun appel n’est ouvert en ce moment");
    expect(fr).toContain("Aucun appel n’est annoncé pour l’instant");
    expect(fr).toContain("Aucun appel n’est encore clos");
    expect(fr).not.toContain("Brouillons");
    const en = plain(await (await get("/en/appels")).text());
    expect(en).toContain("No call is open at the moment");
  });

  it("lists open, upcoming and closed calls in French and in English", async () => {
    expect(await seedCallsDemo(t.db, NOW)).toBe(true);
    expect(await seedCallsDemo(t.db, NOW)).toBe(false);
    const html = plain(await (await get("/appels")).text());
    const open = html.indexOf("Appels ouverts");
    const upcoming = html.indexOf("Appels à venir");
    const closed = html.indexOf("Appels clos");
    expect(open).toBeLessThan(upcoming);
    expect(upcoming).toBeLessThan(closed);
    const recycling = html.indexOf("Recyclage et seconde vie des aimants");
    const traceability = html.indexOf("Traçabilité du graphite");
    const seed = html.indexOf("Amorçage de partenariats");
    expect(open < recycling && recycling < upcoming).toBe(true);
    expect(upcoming < traceability && traceability < closed).toBe(true);
    expect(seed).toBeGreaterThan(closed);
    // Closing 28 days after 10 March at 17:00 in Québec: 7 April, 23:00 in Paris.
    expect(html).toContain(
      "Clôture : 7 avril 2026, 17 h 00 (heure du Québec) · 7 avril 2026, 23 h 00 (heure de Paris)",
    );
    const en = plain(await (await get("/en/appels")).text());
    expect(en).toContain("Recycling and second life of rare-earth permanent magnets");
    expect(en).toContain(
      "Closes: April 7, 2026, 5:00 p.m. (Québec time) · April 7, 2026, 11:00 p.m. (Paris time)",
    );
  });

  it("shows a call's rules, lines, documents and grid, dates in both parties' time", async () => {
    const html = plain(await (await get("/appels/AAP-2026-01")).text());
    expect(html).toContain("Recyclage et seconde vie des aimants permanents");
    expect(html).toContain('href="/declaration#axe-2-1"');
    expect(html).toContain('href="/declaration#axe-4-4"');
    expect(html).toContain("Au moins 1 partenaire de chaque partie");
    expect(html).toContain("250 000 $ CA du Québec, 170 000 € de la France");
    expect(html).toContain("au plus 50 % du budget");
    expect(html).toContain("1 500 000 $ CA");
    expect(html).toContain("Lettres d’appui d’entreprises (facultatif)");
    expect(html).toContain("Consortium avec au moins un partenaire de chaque partie");
    expect(html).toContain("Qualité scientifique et technique");
    expect(textOf(html)).toContain(
      "Clôture7 avril 2026, 17 h 00 (heure du Québec) · 7 avril 2026, 23 h 00 (heure de Paris)",
    );
    const en = plain(await (await get("/en/appels/AAP-2026-01")).text());
    expect(en).toContain(
      "Maximum funding per project: CA$250,000 from Québec, €170,000 from France.",
    );
    expect(en).toContain("Commitment letter from each partner (required)");
    expect(en).toContain('href="/en/declaration#axe-2-1"');
    expect((await get("/appels/AAP-2026-99")).status).toBe(404);
  });

  it("lets the officials of both parties create a draft the public cannot see", async () => {
    const res = await post("/appels", VALID, qc);
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toMatch(/^\/appels\/AAP-2026-04\?enregistre=1$/);
    const own = plain(await (await get("/appels/AAP-2026-04", fr)).text());
    expect(own).toContain("Brouillon : cet appel n’est visible que des responsables");
    expect(own).toContain("&lt;script&gt;");
    expect(textOf(own)).toContain("1er avril 2026, 9 h 00 (heure du Québec)");
    expect((await get("/appels/AAP-2026-04")).status).toBe(404);
    expect((await t.api("GET", "/api/v1/calls/AAP-2026-04")).status).toBe(404);
    expect((await t.api("GET", "/api/v1/calls/AAP-2026-04", { as: fr })).status).toBe(200);
    expect(await (await get("/appels")).text()).not.toContain("recyclage du lithium");
    expect(await (await get("/appels", fr)).text()).toContain("recyclage du lithium");
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_type = 'Call' AND subject_id = 'AAP-2026-04'",
    );
    expect(audit.map((a) => a.action)).toEqual(["calls.call.create"]);
  });

  it("refuses a bad form with every reason, in the page's language, and saves nothing", async () => {
    const before = await count();
    const bad = {
      ...VALID,
      closesAt: "2026-03-31T08:00",
      envelopeQc: "beaucoup",
      maxFundingFr: "2000000",
      cofinancingRatePct: "120",
      lines: [],
      "documents.1.labelFr": "Lettre sans traduction",
      "scored.0.weight": "0",
    };
    const res = await post("/appels", bad, qc);
    expect(res.status).toBe(422);
    const html = plain(await res.text());
    expect(html).toContain("L’appel n’a pas été enregistré");
    expect(html).toContain("La clôture doit suivre l’ouverture.");
    expect(html).toContain("Montant attendu");
    expect(html).toContain("dépasse l’enveloppe de la partie");
    expect(html).toContain("Taux attendu");
    expect(html).toContain("Choisissez au moins un axe d’action");
    expect(html).toContain("Poids attendu");
    // The row typed half-way keeps its text and says what it lacks.
    expect(html).toContain('value="Lettre sans traduction"');
    expect(html).toContain("Champ obligatoire.");
    const en = plain(await (await post("/en/appels", bad, qc)).text());
    expect(en).toContain("The closing must come after the opening.");
    expect(en).toContain("Weight expected");
    const skipped = await post("/appels", { ...VALID, opensAt: "2026-03-08T02:30" }, qc);
    expect(plain(await skipped.text())).toContain("existant dans le fuseau choisi");
    expect(await count()).toBe(before);
  });

  it("edits a call and refuses a bad edit without changing it", async () => {
    const edit = await get("/appels/AAP-2026-04/modifier", fr);
    const html = await edit.text();
    expect(html).toContain('value="2026-04-01T09:00"');
    expect(html).toContain('value="Budget détaillé"');
    const bad = await post("/en/appels/AAP-2026-04", { ...VALID, titleEn: "" }, fr);
    expect(bad.status).toBe(422);
    expect(plain(await bad.text())).toContain("Required field.");
    const ok = await post(
      "/appels/AAP-2026-04",
      { ...VALID, timeZone: "Europe/Paris", closesAt: "2026-05-29T23:00" },
      fr,
    );
    expect(ok.status).toBe(303);
    const [row] = await t.db.query<{ closes_at: Date; time_zone: string }>(
      "SELECT closes_at, time_zone FROM calls WHERE code = 'AAP-2026-04'",
    );
    expect(row?.closes_at.toISOString()).toBe("2026-05-29T21:00:00.000Z");
    expect(row?.time_zone).toBe("Europe/Paris");
    expect(textOf(await (await get("/appels/AAP-2026-04", fr)).text())).toContain(
      "29 mai 2026, 17 h 00 (heure du Québec) · 29 mai 2026, 23 h 00 (heure de Paris)",
    );
  });

  it("publishes a call after confirmation, only with a scored criterion", async () => {
    const { code } = await createCall(
      t.db,
      CLI_PERFORMER,
      parseCallInput({
        ...VALID,
        scored: [],
        lines: ["2.1"],
      }),
      NOW,
    );
    const confirm = plain(await (await get(`/appels/${code}/publier`, qc)).text());
    expect(confirm).toContain(`Publier l’appel ${code} ?`);
    expect(confirm).toContain("aucun critère noté");
    const refused = await post(`/appels/${code}/publier`, {}, qc);
    expect(refused.status).toBe(422);
    expect(plain(await refused.text())).toContain("sans au moins un critère noté");
    expect((await get(`/appels/${code}`)).status).toBe(404);

    const published = await post("/appels/AAP-2026-04/publier", {}, qc);
    expect(published.status).toBe(303);
    expect((await get("/appels/AAP-2026-04")).status).toBe(200);
    expect((await post("/appels/AAP-2026-04/publier", {}, qc)).status).toBe(409);
    // A published call keeps at least one scored criterion.
    const emptied = await post(
      "/appels/AAP-2026-04",
      {
        ...VALID,
        "scored.0.labelFr": "",
        "scored.0.labelEn": "",
        "scored.0.weight": "",
        "scored.0.guidanceFr": "",
        "scored.0.guidanceEn": "",
      },
      qc,
    );
    expect(emptied.status).toBe(422);
  });

  it("refuses the form and the API to those who are not officials", async () => {
    for (const role of ["reviewer", "applicant", "access-officer"] as const) {
      const who = await t.signIn(role);
      expect((await get("/appels/nouveau", who)).status, role).toBe(403);
      expect((await post("/appels", VALID, who)).status, role).toBe(403);
      expect((await get("/appels/AAP-2026-01/modifier", who)).status, role).toBe(403);
      expect((await post("/appels/AAP-2026-01/publier", {}, who)).status, role).toBe(403);
      expect((await t.api("POST", "/api/v1/calls", { as: who, body: {} })).status, role).toBe(403);
    }
    expect((await get("/appels/nouveau")).status).toBe(401);
  });

  it("serves the published calls with their status, and creates a call from the documented example", async () => {
    const list = (await (await t.api("GET", "/api/v1/calls")).json()) as {
      items: { code: string; status: string; envelopes: { qc: { amount: string } } }[];
    };
    const byCode = Object.fromEntries(list.items.map((i) => [i.code, i]));
    expect(byCode["AAP-2026-01"]?.status).toBe("open");
    expect(byCode["AAP-2026-02"]?.status).toBe("upcoming");
    expect(byCode["AAP-2026-03"]?.status).toBe("closed");
    expect(byCode["AAP-2026-01"]?.envelopes.qc.amount).toBe("1500000.00");
    expect(list.items.some((i) => i.code === "AAP-2026-05")).toBe(false);

    const doc = (await (await t.request("/api/openapi.json")).json()) as OpenApiDoc;
    const op = doc.paths["/api/v1/calls"]?.post;
    const body = exampleBody(doc, op as NonNullable<typeof op>);
    const created = await t.api("POST", "/api/v1/calls", { as: qc, body });
    expect(created.status).toBe(201);
    const call = (await created.json()) as {
      code: string;
      status: string;
      opensAt: string;
      criteria: { kind: string; weight: string | null }[];
    };
    expect(call.status).toBe("draft");
    expect(call.opensAt).toBe("2027-01-15T14:00:00.000Z");
    expect(call.criteria.map((c) => c.kind)).toEqual(["eligibility", "scored"]);

    const bad = await t.api("POST", "/api/v1/calls", {
      as: qc,
      body: {
        ...body,
        timeZone: "Asia/Tokyo",
        scored: [{ labelFr: "X", labelEn: "X", weight: -1 }],
      },
      lang: "en",
    });
    expect(bad.status).toBe(422);
    const error = (await bad.json()) as { error: { id: string; fields: Record<string, string> } };
    expect(error.error.id).toBe("validation_failed");
    expect(error.error.fields.timeZone).toContain("America/Toronto or Europe/Paris");
    expect(error.error.fields["scored.0.weight"]).toContain("Weight expected");
  });

  it("gives concurrent creations distinct codes", async () => {
    const input = parseCallInput({ ...VALID, lines: ["2.1"] });
    const codes = await Promise.all(
      Array.from({ length: 10 }, () => createCall(t.db, CLI_PERFORMER, input, NOW)),
    );
    const distinct = new Set(codes.map((c) => c.code));
    expect(distinct.size).toBe(10);
    for (const code of distinct) expect(code).toMatch(/^AAP-2026-\d{2}$/);
  });
});
