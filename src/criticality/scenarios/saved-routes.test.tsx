import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { runGlobalScenario } from "../loaders/global-eu-scenario.ts";

let t: TestApp;
type Session = Awaited<ReturnType<TestApp["signIn"]>>;
let qc: Session;
let fr: Session;
let reviewer: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  qc = await t.signIn("member-qc");
  fr = await t.signIn("member-fr");
  reviewer = await t.signIn("reviewer");
  admin = await t.signIn("admin");
}, 120_000);
afterAll(() => t?.close());

const text = (s: string) => s.replace(/\s+/g, " ");
const API = "/api/v1/criticality/saved-scenarios";
const CHANGES = [
  { kind: "supply_cut", country: "COD", stage: "mine", value: 50 },
  { kind: "new_supply", country: "can", stage: "mine", value: 20000 },
];

function send(path: string, method: string, session?: Session, body?: unknown) {
  const csrf = session?.csrf ?? "x".repeat(43);
  return t.request(path, {
    method,
    headers: {
      accept: "application/json",
      "x-csrf-token": csrf,
      cookie: session?.cookie ?? `alliage_csrf=${csrf}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function postForm(path: string, session: Session, fields: [string, string][]) {
  return t.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: session.cookie },
    body: new URLSearchParams([["_csrf", session.csrf], ...fields]),
  });
}

const page = async (path: string, session?: Session) =>
  t.request(path, session ? { headers: { cookie: session.cookie } } : {});

const count = async () =>
  (await t.db.query<{ n: number }>("SELECT count(*) AS n FROM saved_scenarios"))[0]?.n;

const auditOf = (action: string, id: string) =>
  t.db.query<{ actor_id: string; changes: Record<string, { from: unknown; to: unknown }> }>(
    "SELECT actor_id, changes FROM audit_events WHERE action = $1 AND subject_type = 'SavedScenario' AND subject_id = $2",
    [action, id],
  );

async function save(session: Session, title: string) {
  const res = await send(API, "POST", session, {
    title,
    note: "Hypothèse de travail",
    material: "cobalt",
    changes: CHANGES,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; result: unknown; author: { party: string } };
}

describe("saved scenarios", () => {
  it("shows an empty list before anything is saved", async () => {
    const res = await page("/criticite/scenarios", fr);
    expect(res.status).toBe(200);
    expect(text(await res.text())).toContain("Aucun scénario enregistré pour l’instant.");
  });

  it("a member from Québec saves; a member from France sees it in the list and in detail", async () => {
    const saved = await save(qc, "Coupure de 50 % en RDC");
    expect(saved.author.party).toBe("qc");

    const list = (await (await send(API, "GET", fr)).json()) as {
      items: { id: string; title: string }[];
      total: number;
    };
    expect(list.items.map((i) => i.id)).toContain(saved.id);

    const html = text(await (await page("/criticite/scenarios", fr)).text());
    expect(html).toContain(`href="/criticite/scenarios/${saved.id}"`);
    expect(html).toContain("Coupure de 50 % en RDC");
    expect(html).toContain('<span class="party-badge qc">Québec</span>');
    expect(html).toContain("Test member-qc");
    expect(html).toContain("cobalt");
    // Today's date as the French write it, on Toronto's clock.
    const today = new Intl.DateTimeFormat("fr-CA", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "America/Toronto",
    })
      .format(new Date())
      .replace(/^1 /, "1er ");
    expect(html).toContain(today);

    const detail = await page(`/criticite/scenarios/${saved.id}`, fr);
    expect(detail.status).toBe(200);
    const d = text(await detail.text());
    expect(d).toContain("<h1>Coupure de 50 % en RDC</h1>");
    expect(d).toContain("Hypothèse de travail");
    expect(d).toContain("Baisse de production (%) : COD, extraction (mine), 50");
    expect(d).toContain("Nouvelle capacité (unité de la source) : CAN, extraction (mine)");
    expect(d).toContain("cobalt : avant et après le scénario");
    expect(d).toMatch(/<td class="num">[+-]?0,\d{4}<\/td>/);
    // The author's link to delete is not offered to the other party.
    expect(d).not.toContain("/supprimer");
    const api = await send(`${API}/${saved.id}`, "GET", fr);
    expect(api.status).toBe(200);
    expect(((await api.json()) as { id: string }).id).toBe(saved.id);
  });

  it("stores the server's own computation, never one sent by the client", async () => {
    const res = await send(API, "POST", qc, {
      title: "Résultat falsifié",
      material: "cobalt",
      changes: CHANGES,
      result: { supplyRisk: { before: 99, after: 0, delta: -99 } },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const [row] = await t.db.query<{ result: unknown; vintages: { eu: string; wgi: number } }>(
      "SELECT result, vintages FROM saved_scenarios WHERE id = $1",
      [id],
    );
    const fresh = await runGlobalScenario(
      t.db,
      "cobalt",
      CHANGES as Parameters<typeof runGlobalScenario>[2],
    );
    expect(row?.result).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(fresh.supplyRisk.before).not.toBe(99);
    // The snapshot's deltas are after − before, and halving the largest producer lowers the HHI.
    const mine = fresh.stages.find((st) => st.stage === "mine");
    expect(mine?.hhi?.delta).toBeCloseTo((mine?.hhi?.after ?? 0) - (mine?.hhi?.before ?? 0), 12);
    expect(mine?.hhi?.after).toBeLessThan(mine?.hhi?.before ?? 0);
    expect(row?.vintages).toMatchObject({ eu: fresh.sources.eu, wgi: fresh.sources.wgi.year });
    const [created] = await auditOf("saved_scenario.create", id);
    expect(created?.actor_id).toBe(qc.user.id);
    expect(created?.changes.title?.to).toBe("Résultat falsifié");
  });

  it("answers 400 with a localised message when the title is missing, and stores nothing", async () => {
    const before = await count();
    const res = await send(API, "POST", fr, { material: "cobalt", changes: CHANGES });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { id: string; message: string } };
    expect(body.error.id).toBe("criticality_scenario_title");
    expect(body.error.message).toBe("Donnez un titre au scénario, de 200 caractères au plus.");
    const en = await t.request(`${API}?lang=en`, {
      method: "POST",
      headers: {
        accept: "application/json",
        "accept-language": "en",
        "content-type": "application/json",
        "x-csrf-token": fr.csrf,
        cookie: fr.cookie,
      },
      body: JSON.stringify({ title: "   ", material: "cobalt", changes: CHANGES }),
    });
    expect(en.status).toBe(400);
    expect(JSON.stringify(await en.json())).toContain("Give the scenario a title");
    const tooLong = await send(API, "POST", fr, {
      title: "x".repeat(201),
      material: "cobalt",
      changes: CHANGES,
    });
    expect(tooLong.status).toBe(400);
    const form = await postForm("/criticite/scenarios", fr, [
      ["matiere", "cobalt"],
      ["changement", "supply_cut"],
      ["pays", "COD"],
      ["etape", "mine"],
      ["valeur", "50"],
      ["titre", ""],
    ]);
    expect(form.status).toBe(400);
    expect(text(await form.text())).toContain("Donnez un titre au scénario");
    expect(await count()).toBe(before);
  });

  it("saves from the calculator page's form, shown only to those who may save", async () => {
    const q = "?matiere=cobalt&changement=supply_cut&pays=COD&etape=mine&valeur=50";
    expect(text(await (await page(`/criticite/scenario${q}`, fr)).text())).toContain(
      "Enregistrer ce scénario",
    );
    for (const who of [undefined, reviewer]) {
      const html = text(await (await page(`/criticite/scenario${q}`, who)).text());
      expect(html).toContain("<table");
      expect(html).not.toContain("Enregistrer ce scénario");
    }
    const res = await postForm("/criticite/scenarios", fr, [
      ["matiere", "cobalt"],
      ["changement", "supply_cut"],
      ["pays", "cod"],
      ["etape", "mine"],
      ["valeur", "50"],
      ["titre", "<script>alert(1)</script> & co"],
      ["note", "<b>gras</b>"],
    ]);
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toMatch(/^\/criticite\/scenarios\/[0-9a-f-]{36}$/);
    const html = await (await page(location, qc)).text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(html).not.toContain("<b>gras</b>");
    const open = /href="(\/criticite\/scenario\?[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(open).toBe(
      "/criticite/scenario?matiere=cobalt&changement=supply_cut&pays=COD&etape=mine&valeur=50",
    );
    const calculator = text(await (await page(open as string)).text());
    expect(calculator).toContain('<input id="pays" name="pays" value="COD"');
    expect(calculator).toContain('<input id="valeur" name="valeur" value="50"');
    expect(calculator).toContain("<table");
  });

  it("reloads several changes into the calculator", async () => {
    const { id } = await save(qc, "Deux changements");
    const html = await (await page(`/criticite/scenarios/${id}`, fr)).text();
    const open = /href="(\/criticite\/scenario\?[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    const calculator = text(await (await page(open as string)).text());
    expect(calculator).toContain('id="pays-2" name="pays" value="CAN"');
    expect(calculator).toContain('id="valeur-2" name="valeur" value="20000"');
  });

  it("keeps saved scenarios from the public; reviewers read but do not save", async () => {
    expect((await send(API, "GET")).status).toBe(401);
    expect((await page("/criticite/scenarios")).status).toBe(401);
    expect((await send(API, "GET", reviewer)).status).toBe(200);
    const en = text(await (await page("/en/criticite/scenarios", reviewer)).text());
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>Saved scenarios</h1>");
    expect(en).toContain('<span class="party-badge qc">Québec</span>');
    const before = await count();
    const res = await send(API, "POST", reviewer, {
      title: "Essai",
      material: "cobalt",
      changes: CHANGES,
    });
    expect(res.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it("pages the list with capped sizes", async () => {
    const total = await count();
    const one = (await (await send(`${API}?page=2&perPage=1`, "GET", fr)).json()) as {
      items: unknown[];
      page: number;
      perPage: number;
      total: number;
    };
    expect(one).toMatchObject({ page: 2, perPage: 1, total });
    expect(one.items).toHaveLength(1);
    expect((await send(`${API}?perPage=101`, "GET", fr)).status).toBe(422);
    expect((await send(`${API}?page=0`, "GET", fr)).status).toBe(422);
  });

  it("lets the author delete after confirmation, not another member; an admin may", async () => {
    const mine = await save(qc, "À supprimer");
    const path = `/criticite/scenarios/${mine.id}/supprimer`;

    expect((await page(path, fr)).status).toBe(403);
    expect((await send(`${API}/${mine.id}/delete`, "POST", fr)).status).toBe(403);
    expect((await postForm(path, fr, [])).status).toBe(403);

    const detail = text(await (await page(`/criticite/scenarios/${mine.id}`, qc)).text());
    expect(detail).toContain(`href="${path}"`);
    const confirm = await page(path, qc);
    expect(confirm.status).toBe(200);
    const raw = await confirm.text();
    // French typography around the title, which itself is left as typed.
    expect(raw).toContain("<h1>Supprimer le scénario «\u00a0À supprimer\u00a0»\u202f?</h1>");
    const c = text(raw);
    expect(c).toContain(`<form method="post" action="${path}">`);
    expect(await auditOf("saved_scenario.delete", mine.id)).toHaveLength(0);

    const res = await postForm(path, qc, []);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/criticite/scenarios?supprime=1");
    expect((await page(`/criticite/scenarios/${mine.id}`, qc)).status).toBe(404);
    const [deleted] = await auditOf("saved_scenario.delete", mine.id);
    expect(deleted?.actor_id).toBe(qc.user.id);
    expect(deleted?.changes.title?.from).toBe("À supprimer");

    const other = await save(fr, "Supprimé par un admin");
    const byAdmin = await send(`${API}/${other.id}/delete`, "POST", admin);
    expect(byAdmin.status).toBe(200);
    expect((await send(`${API}/${other.id}`, "GET", fr)).status).toBe(404);
    expect((await auditOf("saved_scenario.delete", other.id))[0]?.actor_id).toBe(admin.user.id);
  });
});
