import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { performerOf } from "../../platform/audit/commands.ts";
import { createProject } from "./commands.ts";
import { parseProjectInput } from "./schema.ts";
import { insertProject } from "./test-fixtures.ts";

const NOW = new Date("2024-06-20T15:00:00Z");
type Session = Awaited<ReturnType<TestApp["signIn"]>>;

const VALID = {
  titleFr: "Cartographie du graphite du Témiscamingue",
  titleEn: "Graphite mapping in Témiscamingue",
  summaryFr: "Levé <script>alert(1)</script> régional",
  kind: "survey",
  lines: ["2.1", "1.1"],
  stages: "exploration",
  materials: "natural-graphite, lithium",
  latitude: "47,1",
  longitude: "-79.4",
  region: "Abitibi-Témiscamingue",
  country: "can",
  ownerParty: "fr",
};

const jsonHeaders = (who: { cookie: string; csrf: string }) => ({
  cookie: who.cookie,
  "content-type": "application/json",
  "x-csrf-token": who.csrf,
  origin: "http://localhost",
});

function form(fields: Record<string, string | string[]>, csrf: string) {
  const body = new URLSearchParams({ _csrf: csrf });
  for (const [k, v] of Object.entries(fields)) {
    for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  }
  return body;
}

describe("joint projects", () => {
  let t: TestApp;
  let qc: Session;
  let fr: Session;
  let admin: Session;
  let code = "";

  const get = (path: string, who?: Session) =>
    t.request(path, who ? { headers: { cookie: who.cookie } } : undefined);
  const post = (path: string, body: URLSearchParams | FormData, who: Session) =>
    t.request(path, {
      method: "POST",
      body,
      headers: {
        cookie: who.cookie,
        ...(body instanceof URLSearchParams
          ? { "content-type": "application/x-www-form-urlencoded" }
          : {}),
      },
    });
  const count = async (table: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

  beforeAll(async () => {
    t = await createTestApp({ template: "reference", now: () => NOW });
    [qc, fr, admin] = [
      await t.signIn("member-qc"),
      await t.signIn("member-fr"),
      await t.signIn("admin"),
    ];
  }, 60_000);
  afterAll(() => t?.close());

  it("creates a project for the member's own party, with its code, links, history and audit", async () => {
    const res = await post("/cooperation/projets", form(VALID, qc.csrf), qc);
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toBe("/cooperation/projets/P-2024-001");
    code = "P-2024-001";
    const [p] = await t.db.query<Record<string, unknown>>(
      "SELECT * FROM projects WHERE code = $1",
      [code],
    );
    // A member cannot create for the other party, whatever the form says.
    expect(p?.owner_party).toBe("qc");
    expect(p?.latitude).toBe("47.100000");
    expect(p?.country_id).toBe("CAN");
    const links = await t.db.query<{ code: string }>(
      "SELECT action_line_code AS code FROM action_line_links WHERE subject_type = 'Project' AND subject_id = $1 ORDER BY 1",
      [p?.id],
    );
    expect(links.map((l) => l.code)).toEqual(["1.1", "2.1"]);
    const history = await t.db.query(
      "SELECT from_status, to_status, on_date FROM project_status_history",
    );
    expect(history).toEqual([{ from_status: null, to_status: "idea", on_date: "2024-06-20" }]);
    const [event] = await t.db.query<{
      actor_label: string;
      changes: Record<string, { to: unknown }>;
    }>("SELECT actor_label, changes FROM audit_events WHERE action = 'cooperation.project.create'");
    expect(event?.actor_label).toBe(qc.email);
    expect(event?.changes.code?.to).toBe(code);
    expect(event?.changes.materials?.to).toEqual(["lithium", "natural-graphite"]);

    const page = await (await get(`/cooperation/projets/${code}`, qc)).text();
    expect(page).toContain("graphite naturel, lithium");
    expect(page).toContain("Levé &lt;script&gt;alert(1)&lt;/script&gt; régional");
    expect(page).not.toContain("<script>alert(1)");
  });

  it("offers the lines of action by priority, each by its code and opening words", async () => {
    const html = await (await get("/en/cooperation/projets/nouveau", qc)).text();
    const legends = [...html.matchAll(/<legend>(Priority \d) — /g)].map((m) => m[1]);
    expect(legends).toEqual(["Priority 1", "Priority 2", "Priority 3", "Priority 4"]);
    const boxes = [...html.matchAll(/name="lines" value="([\d.]+)"/g)].map((m) => m[1]);
    expect(boxes).toHaveLength(13);
    // 2.2 is 300 characters long: its opening words show, the rest is read aloud and on hover.
    const [, title, shown, rest] =
      /<label for="lines-5" title="([^"]+)"><span class="line-code">2\.2<\/span> — ([^<]+)<span aria-hidden="true">…<\/span><span class="visually-hidden">([^<]+)<\/span><\/label>/.exec(
        html,
      ) ?? [];
    expect(shown?.length).toBeLessThanOrEqual(60);
    expect(title).toBe(`2.2 — ${shown}${rest}`);
    expect(rest?.length).toBeGreaterThan(100);
  });

  it("refuses bad coordinates, an unknown material and a missing title, writing nothing", async () => {
    const [projects, events] = [await count("projects"), await count("audit_events")];
    const bad = { ...VALID, titleFr: "", latitude: "95", materials: "unobtainium" };
    const fr1 = await post("/cooperation/projets", form(bad, qc.csrf), qc);
    expect(fr1.status).toBe(422);
    const html = await fr1.text();
    expect(html).toContain("Champ obligatoire");
    expect(html).toContain("La latitude doit être comprise entre −90 et 90 degrés.");
    // What was typed is kept, escaped.
    expect(html).toContain('value="95"');
    expect(html).toContain("Levé &lt;script&gt;");
    // Materials are checked against the reference table only once the rest is valid.
    const unknown = await post(
      "/en/cooperation/projets",
      form({ ...VALID, materials: "unobtainium" }, qc.csrf),
      qc,
    );
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain("Unknown material: unobtainium.");
    const api = await t.request("/api/v1/projects?lang=en", {
      method: "POST",
      headers: jsonHeaders(qc),
      body: JSON.stringify({
        titleFr: "x",
        titleEn: "x",
        kind: "survey",
        lines: ["2.1"],
        latitude: 10,
        longitude: 200,
      }),
    });
    expect(api.status).toBe(422);
    expect((await api.json()).error.fields.longitude).toBe(
      "The longitude must be between −180 and 180 degrees.",
    );
    expect(await count("projects")).toBe(projects);
    expect(await count("audit_events")).toBe(events);
  });

  it("refuses a published confidential project and a project without a line of action", () => {
    expect(() => parseProjectInput({ ...VALID, confidentialTo: "qc", published: "on" })).toThrow(
      expect.objectContaining({
        fields: expect.objectContaining({ published: expect.anything() }),
      }),
    );
    expect(() => parseProjectInput({ ...VALID, lines: [] })).toThrow(
      expect.objectContaining({ fields: expect.objectContaining({ lines: expect.anything() }) }),
    );
  });

  it("lets only the owning party's members and administrators edit", async () => {
    const edit = { ...VALID, titleFr: "Titre modifié" };
    expect((await post(`/cooperation/projets/${code}`, form(edit, fr.csrf), fr)).status).toBe(403);
    expect((await get(`/cooperation/projets/${code}/modifier`, fr)).status).toBe(403);
    const api = await t.request(`/api/v1/projects/${code}`, {
      method: "POST",
      headers: jsonHeaders(fr),
      body: JSON.stringify({ titleFr: "x", titleEn: "x", kind: "survey", lines: ["2.1"] }),
    });
    expect(api.status).toBe(403);
    expect((await post(`/cooperation/projets/${code}`, form(edit, qc.csrf), qc)).status).toBe(303);
    const [row] = await t.db.query<{ title_fr: string; owner_party: string }>(
      "SELECT title_fr, owner_party FROM projects WHERE code = $1",
      [code],
    );
    expect(row).toEqual({ title_fr: "Titre modifié", owner_party: "qc" });
    const [event] = await t.db.query<{ changes: Record<string, { from: unknown; to: unknown }> }>(
      "SELECT changes FROM audit_events WHERE action = 'cooperation.project.update'",
    );
    expect(event?.changes.title_fr).toEqual({ from: VALID.titleFr, to: "Titre modifié" });
  });

  it("hides a confidential project from the other party and the public (404), not from its own", async () => {
    await insertProject(t.db, {
      code: "P-2023-900",
      ownerParty: "qc",
      title: "Projet secret Québec",
      confidentialTo: "qc",
    });
    for (const who of [fr, undefined]) {
      expect((await get("/cooperation/projets/P-2023-900", who)).status).toBe(404);
      expect(await (await get("/cooperation/projets", who)).text()).not.toContain("P-2023-900");
      expect((await get("/api/v1/projects/P-2023-900", who)).status).toBe(404);
      expect(await (await get("/api/v1/projects", who)).text()).not.toContain("P-2023-900");
    }
    // Editing it is refused as if it did not exist.
    expect(
      (
        await post(
          "/cooperation/projets/P-2023-900/etat",
          form({ to: "under_study", onDate: "2024-06-20" }, fr.csrf),
          fr,
        )
      ).status,
    ).toBe(404);
    for (const who of [qc, admin]) {
      expect((await get("/cooperation/projets/P-2023-900", who)).status).toBe(200);
      expect(await (await get("/api/v1/projects", who)).text()).toContain("P-2023-900");
    }
  });

  it("shows the public published projects only, and counts only what each one sees", async () => {
    await insertProject(t.db, {
      code: "P-2023-901",
      ownerParty: "fr",
      title: "Projet publié",
      published: true,
      lines: ["4.1"],
    });
    const list = await (await t.request("/api/v1/projects")).json();
    expect(list.items.map((p: { code: string }) => p.code)).toEqual(["P-2023-901"]);
    expect(list.total).toBe(1);
    const frList = await (await get("/api/v1/projects", fr)).json();
    expect(frList.items.map((p: { code: string }) => p.code).sort()).toEqual(["P-2023-901", code]);
    // Line 2.1 has the shared project and the confidential one: 1 for France, 2 for Québec.
    const cell = (html: string) => /ligne=2\.1">(\d+)</.exec(html)?.[1];
    expect(cell(await (await get("/cooperation", fr)).text())).toBe("1");
    expect(cell(await (await get("/cooperation", qc)).text())).toBe("2");
    expect(cell(await (await get("/cooperation")).text())).toBe("0");
  });

  it("filters the list by status, kind, party, line and material", async () => {
    const codes = async (query: string) => {
      const html = await (await get(`/cooperation/projets?${query}`, admin)).text();
      return [...html.matchAll(/projets\/(P-\d{4}-\d{3})"/g)].map((m) => m[1]).sort();
    };
    expect(await codes("matiere=natural-graphite")).toEqual([code]);
    expect(await codes("ligne=4.1")).toEqual(["P-2023-901"]);
    expect(await codes("partie=qc")).toEqual(["P-2023-900", code].sort());
    expect(await codes("type=survey")).toEqual([code]);
    expect(await codes("etat=completed")).toEqual([]);
    expect(await (await get("/cooperation/projets?etat=completed", admin)).text()).toContain(
      "Aucun projet ne correspond",
    );
  });

  it("links the list to the exports for every reader and to the import for those who create", async () => {
    const member = await (await get("/cooperation/projets", qc)).text();
    expect(member).toContain('href="/cooperation/projets/import"');
    expect(member).toContain('href="/cooperation/projets.xlsx"');
    const anonymous = await (await get("/en/cooperation/projets")).text();
    expect(anonymous).toContain('href="/en/cooperation/projets.csv"');
    expect(anonymous).not.toContain("/cooperation/projets/import");
  });

  it("moves through the status lifecycle with a dated history, refusing skips and going back", async () => {
    const move = (to: string, onDate: string, who = qc) =>
      post(`/cooperation/projets/${code}/etat`, form({ to, onDate }, who.csrf), who);
    expect((await move("approved", "2024-06-20")).status).toBe(409);
    const refusedEn = await post(
      `/en/cooperation/projets/${code}/etat`,
      form({ to: "approved", onDate: "2024-06-20" }, qc.csrf),
      qc,
    );
    expect(await refusedEn.text()).toContain(
      "A project in status “Idea” cannot move to “Approved”.",
    );
    expect((await move("under_study", "2024-06-01")).status).toBe(422);
    expect((await move("under_study", "2024-06-20")).status).toBe(303);
    expect((await move("approved", "2024-06-21")).status).toBe(303);
    expect((await move("under_study", "2024-06-22")).status).toBe(409);
    // An administrator may step back once to correct a mistake.
    expect((await move("under_study", "2024-06-22", admin)).status).toBe(303);
    expect((await move("abandoned", "2024-06-23")).status).toBe(303);
    expect((await move("approved", "2024-06-24")).status).toBe(409);
    const history = await t.db.query<{ to_status: string; on_date: string }>(
      `SELECT h.to_status, h.on_date FROM project_status_history h JOIN projects p ON p.id = h.project_id
       WHERE p.code = $1 ORDER BY h.at`,
      [code],
    );
    expect(history.map((h) => `${h.to_status}@${h.on_date}`)).toEqual([
      "idea@2024-06-20",
      "under_study@2024-06-20",
      "approved@2024-06-21",
      "under_study@2024-06-22",
      "abandoned@2024-06-23",
    ]);
    const page = await (await get(`/cooperation/projets/${code}`, fr)).text();
    expect(page).toContain("23\u00a0juin\u00a02024");
    expect(page).toContain("Abandonné");
  });

  it("keeps milestones, partners and documents with their fingerprint", async () => {
    const milestone = await post(
      `/cooperation/projets/${code}/jalons`,
      form(
        { milestoneTitleFr: "Rapport", milestoneTitleEn: "Report", dueOn: "2024-12-31" },
        qc.csrf,
      ),
      qc,
    );
    expect(milestone.status).toBe(303);
    const [m] = await t.db.query<{ id: string }>("SELECT id FROM project_milestones");
    expect(
      (
        await post(
          `/cooperation/projets/${code}/jalons/${m?.id}/realise`,
          form({ doneOn: "2024-07-02" }, qc.csrf),
          qc,
        )
      ).status,
    ).toBe(303);
    const org = await t.request("/api/v1/organisations", {
      method: "POST",
      headers: jsonHeaders(qc),
      body: JSON.stringify({
        name: "Géologie Québec",
        party: "qc",
        kind: "geological_survey",
        identifiers: { NEQ: "1234" },
      }),
    });
    expect(org.status).toBe(201);
    const { id: orgId } = await org.json();
    expect(
      (
        await post(
          `/cooperation/projets/${code}/partenaires`,
          form({ organisationId: orgId, role: "lead" }, qc.csrf),
          qc,
        )
      ).status,
    ).toBe(303);
    const content = new TextEncoder().encode("<html>not run</html>");
    const body = new FormData();
    body.set("_csrf", qc.csrf);
    body.set("title", "Carte");
    body.set("document", new File([content], "carte.html", { type: "text/html" }));
    expect((await post(`/cooperation/projets/${code}/documents`, body, qc)).status).toBe(303);
    const [doc] = await t.db.query<{ id: string; sha256: string }>(
      "SELECT id, sha256 FROM project_documents",
    );
    expect(doc?.sha256).toBe(createHash("sha256").update(content).digest("hex"));
    const file = await get(`/cooperation/projets/${code}/documents/${doc?.id}`, fr);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(file.headers.get("content-type")).toBe("application/octet-stream");

    // Removing is repeated on every partner: a small outlined button that names what it removes.
    const page = await (await get(`/cooperation/projets/${code}`, qc)).text();
    expect(page).toMatch(
      /<button type="submit" class="secondary danger small">Retirer<span class="visually-hidden"> Géologie Québec — Chef de file<\/span><\/button>/,
    );

    const api = await (await get(`/api/v1/projects/${code}`, fr)).json();
    expect(api.partners).toEqual([
      { organisationId: orgId, name: "Géologie Québec", role: "lead" },
    ]);
    expect(api.milestones[0]).toMatchObject({ dueOn: "2024-12-31", doneOn: "2024-07-02" });
    expect(api.lines.map((l: { code: string }) => l.code)).toEqual(["1.1", "2.1"]);
  });

  it("refuses a second organisation with the same name, in French and in English", async () => {
    const again = await post(
      "/cooperation/organisations",
      form({ name: "GÉOLOGIE québec", party: "qc", kind: "agency" }, fr.csrf),
      fr,
    );
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Une organisation porte déjà le nom");
    const en = await t.request("/api/v1/organisations?lang=en", {
      method: "POST",
      headers: jsonHeaders(fr),
      body: JSON.stringify({ name: "Géologie Québec", party: "qc", kind: "agency" }),
    });
    expect(en.status).toBe(409);
    expect((await en.json()).error.message).toBe(
      "An organisation named “Géologie Québec” already exists.",
    );
    expect(await count("organisations")).toBe(1);
  });

  it("never gives two projects the same code, even when created at once", async () => {
    const input = parseProjectInput({ ...VALID, lines: ["3.1"] });
    const actor = {
      kind: "user" as const,
      id: qc.user.id,
      email: qc.email,
      name: "",
      role: "member-qc" as const,
      via: "session" as const,
    };
    const created = await Promise.all(
      Array.from({ length: 6 }, () =>
        createProject(t.db, performerOf(actor), { input, ownerParty: "qc", today: "2025-01-15" }),
      ),
    );
    expect(new Set(created.map((c) => c.code)).size).toBe(6);
    expect(created.map((c) => c.code).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `P-2025-00${n}`),
    );
  });

  it("deletes a project only after confirmation, and records it", async () => {
    expect((await get(`/cooperation/projets/${code}/supprimer`, fr)).status).toBe(403);
    const confirm = await (await get(`/cooperation/projets/${code}/supprimer`, qc)).text();
    expect(confirm).toContain('name="confirm"');
    const unconfirmed = await post(`/cooperation/projets/${code}/supprimer`, form({}, qc.csrf), qc);
    expect(unconfirmed.status).toBe(422);
    expect(await count("projects")).toBeGreaterThan(0);
    expect((await get(`/cooperation/projets/${code}`, qc)).status).toBe(200);
    const done = await post(
      `/cooperation/projets/${code}/supprimer`,
      form({ confirm: "oui" }, qc.csrf),
      qc,
    );
    expect(done.status).toBe(303);
    const list = await (await get(done.headers.get("location") ?? "", qc)).text();
    expect(list).toContain(`Le projet ${code} a été supprimé.`);
    const forged = await (await get("/cooperation/projets?supprime=<b>x</b>", qc)).text();
    expect(forged).not.toContain("a été supprimé");
    expect((await get(`/cooperation/projets/${code}`, qc)).status).toBe(404);
    const orphans = await t.db.query(
      "SELECT 1 FROM action_line_links k WHERE k.subject_type = 'Project' AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.id::text = k.subject_id)",
    );
    expect(orphans).toEqual([]);
    const [event] = await t.db.query<{ subject_id: string }>(
      "SELECT subject_id FROM audit_events WHERE action = 'cooperation.project.delete'",
    );
    expect(event?.subject_id).toBe(code);
  });
});
