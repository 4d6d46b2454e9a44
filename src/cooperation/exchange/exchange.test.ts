import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { performerOf } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { insertProject } from "../demo/test-fixtures.ts";
import { importProjects } from "./commands.ts";
import { countRows, csvRows, type Session, sendFile, textOf } from "./test-helpers.ts";

let t: TestApp;
let admin: Awaited<ReturnType<TestApp["signIn"]>>;
let memberFr: Awaited<ReturnType<TestApp["signIn"]>>;

// The reference template holds materials, stages and countries that projects refer to.
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  admin = await t.signIn("admin");
  memberFr = await t.signIn("member-fr");
});
afterAll(() => t?.close());

async function resetPortfolio() {
  await t.db.query("DELETE FROM action_line_links WHERE subject_type = 'Project'");
  await t.db.query("DELETE FROM projects");
  await t.db.query("DELETE FROM organisations");
  const a = await insertProject(t.db, {
    code: "P-2024-001",
    title: "Graphite de Saint-Michel, « essai »",
    kind: "processing",
    latitude: 46.5,
    longitude: -73.9,
    region: "Lanaudière",
    countryId: "CAN",
  });
  const b = await insertProject(t.db, {
    code: "P-2024-002",
    ownerParty: "fr",
    kind: "recycling",
    confidentialTo: "fr",
    latitude: 45.76,
    longitude: 4.84,
    countryId: "FRA",
  });
  await t.db.query(
    `INSERT INTO action_line_links (action_line_code, subject_type, subject_id)
     VALUES ('2.1', 'Project', $1), ('1.1', 'Project', $1), ('3.1', 'Project', $2)`,
    [a, b],
  );
  await t.db.query(
    `INSERT INTO project_materials VALUES ($1, 'natural-graphite'), ($2, 'lithium')`,
    [a, b],
  );
  await t.db.query(`INSERT INTO project_stages VALUES ($1, 'processing')`, [a]);
  const [org] = await t.db.query<{ id: string }>(
    `INSERT INTO organisations (name, party, kind) VALUES ('Fonds test (fictif)', 'qc', 'fund') RETURNING id`,
  );
  await t.db.query(`INSERT INTO project_partners VALUES ($1, $2, 'funder')`, [a, org?.id]);
  // 1 000 000,10 $ + 0,20 $ committed in CAD, 250 000 € in EUR; 300 000,15 $ paid.
  const [c1] = await t.db.query<{ id: string }>(
    `INSERT INTO financing_commitments (project_id, funder_id, source, party, amount_cents, currency, committed_on)
     VALUES ($1, $2, 'public', 'qc', 100000010, 'CAD', '2024-01-10'),
            ($1, $2, 'public', 'qc', 20, 'CAD', '2024-01-11'),
            ($1, $2, 'private', 'qc', 25000000, 'EUR', '2024-02-01') RETURNING id`,
    [a, org?.id],
  );
  await t.db.query(
    `INSERT INTO financing_disbursements (commitment_id, amount_cents, paid_on) VALUES ($1, 30000015, '2024-03-01')`,
    [c1?.id],
  );
}

beforeEach(resetPortfolio);

const get = (path: string, cookie?: string) =>
  t.request(path, { headers: cookie ? { cookie } : {} });

const importForm = (s: Session, name: string, bytes: Uint8Array, dryRun = false, lang = "") =>
  sendFile(t, `${lang}/cooperation/projets/import`, s, { name, bytes }, dryRun);

const count = (table: string) => countRows(t, table);

describe("project export", () => {
  it("gives an administrator every project with exact totals per currency", async () => {
    const res = await get("/cooperation/projets.csv", admin.cookie);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const rows = await csvRows(res);
    expect(rows.map((r) => r.Code)).toEqual(["P-2024-001", "P-2024-002"]);
    const first = rows[0] as Record<string, string>;
    expect(first["Titre (français)"]).toBe("Graphite de Saint-Michel, « essai »");
    // The glossary's terms: a project's « état », its « axes d’action ».
    expect(first.État).toBe("in_progress");
    expect(first["Axes d’action"]).toBe("1.1; 2.1");
    expect(Object.keys(first)).not.toContain("Statut");
    expect(first.Matières).toBe("natural-graphite");
    expect(first["Engagé (CAD)"]).toBe("1000000.30");
    expect(first["Engagé (EUR)"]).toBe("250000.00");
    expect(first["Versé (CAD)"]).toBe("300000.15");
    expect(first.Partenaires).toBe("Fonds test (fictif) (funder)");
    // A negative number starts like a formula: the shared writer puts an apostrophe before it.
    expect(first.Longitude).toBe("'-73.9");
  });

  it("gives the public published, shared projects and no money", async () => {
    const rows = await csvRows(await get("/en/cooperation/projets.csv"));
    expect(rows.map((r) => r.Code)).toEqual(["P-2024-001"]);
    expect(Object.keys(rows[0] as object)).not.toContain("Committed (CAD)");
    expect(rows[0]?.["Title (French)"]).toBe("Graphite de Saint-Michel, « essai »");
  });

  it("writes an XLSX with the same rows, coordinates and amounts as numbers", async () => {
    const res = await get("/cooperation/projets.xlsx", admin.cookie);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("Projets");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getRow(2).getCell(col("Code")).value).toBe("P-2024-001");
    expect(sheet.getRow(2).getCell(col("Longitude")).value).toBe(-73.9);
    expect(sheet.getRow(2).getCell(col("Engagé (CAD)")).value).toBe(1000000.3);
  });
});

describe("project import", () => {
  /** The export without the money columns, which the import does not write, for comparison. */
  const comparable = (rows: Record<string, string>[]) =>
    rows.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => !/^(Engagé|Versé)/.test(k))),
    );

  for (const format of ["csv", "xlsx"] as const) {
    it(`round-trips the ${format.toUpperCase()} export through the import`, async () => {
      const before = comparable(await csvRows(await get("/cooperation/projets.csv", admin.cookie)));
      const file = new Uint8Array(
        await (await get(`/cooperation/projets.${format}`, admin.cookie)).arrayBuffer(),
      );
      await t.db.query("DELETE FROM action_line_links WHERE subject_type = 'Project'");
      await t.db.query("DELETE FROM projects");
      const res = await importForm(admin, `projets.${format}`, file);
      expect(res.status).toBe(200);
      expect(await textOf(res)).toContain("2 projets importés.");
      const after = comparable(await csvRows(await get("/cooperation/projets.csv", admin.cookie)));
      expect(after).toEqual(before);
      expect(after[0]?.Partenaires).toBe("Fonds test (fictif) (funder)");
      const [audit] = await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = 'cooperation.project.import' AND subject_id = 'P-2024-002'",
      );
      expect(audit?.n).toBeGreaterThan(0);
    });
  }

  it("rejects a file with malformed rows, naming each row and reason, and writes nothing", async () => {
    const csv = [
      "Code,Titre (français),Titre (anglais),Type,État,Axes d’action,Latitude,Longitude,Publié",
      ",Bon projet,Good project,exploration,idea,1.1,47,-71,oui",
      ",Mauvais projet,Bad project,mining,done,9.9,95,-71,peut-être",
      "P-2024-001,Doublon,Duplicate,survey,idea,1.2,,,non",
    ].join("\r\n");
    const projects = await count("projects");
    const audits = await count("audit_events");
    const res = await importForm(memberFr, "projets.csv", new TextEncoder().encode(csv));
    expect(res.status).toBe(422);
    const html = await textOf(res);
    expect(html).toContain("Rien n’a été importé : 2 lignes invalides (3, 4).");
    expect(html).toContain("État : valeur inconnue « done ».");
    expect(html).toContain("Axes d’action : inconnu : 9.9.");
    expect(html).toContain("Publié : oui ou non attendu.");
    expect(html).toMatch(/Latitude : La latitude doit être comprise entre −90 et 90/);
    expect(html).toContain("Code : P-2024-001 existe déjà.");
    expect(await count("projects")).toBe(projects);
    expect(await count("audit_events")).toBe(audits);
  });

  it("previews without writing, then imports with a new code in the member's party", async () => {
    const csv = [
      "Titre (français),Titre (anglais),Type,Lignes d’action,Pays",
      "Recyclage d’aimants,Magnet recycling,recycling,2.2,FRA",
    ].join("\n");
    const bytes = new TextEncoder().encode(csv);
    const preview = await importForm(memberFr, "p.csv", bytes, true);
    expect(preview.status).toBe(200);
    expect(await textOf(preview)).toContain("Aperçu : 1 projet serait importé.");
    expect(await count("projects")).toBe(2);
    const res = await importForm(memberFr, "p.csv", bytes);
    expect(res.status).toBe(200);
    const [row] = await t.db.query<{ code: string; owner_party: string; status: string }>(
      "SELECT code, owner_party, status FROM projects WHERE title_fr = 'Recyclage d’aimants'",
    );
    expect(row?.owner_party).toBe("fr");
    expect(row?.status).toBe("idea");
    expect(row?.code).toMatch(/^P-\d{4}-\d{3}$/);
  });

  it("creates each project through the create command: its audit entry, status and history", async () => {
    // Headers of earlier exports (« Statut », « Lignes d’action »): people's files still import.
    const csv = [
      "Code,Titre (français),Titre (anglais),Type,Statut,Lignes d’action,Matières",
      "P-2023-007,Ancien,Old,survey,approved,2.2; 1.1,lithium",
      ",Nouveau,New,survey,,2.2,",
    ].join("\n");
    const audits = await count("audit_events");
    const res = await importForm(memberFr, "p.csv", new TextEncoder().encode(csv));
    expect(res.status).toBe(200);
    // One entry per project, the command's, named after the import.
    expect(await count("audit_events")).toBe(audits + 2);
    const [event] = await t.db.query<{ changes: Record<string, { to: unknown }> }>(
      `SELECT changes FROM audit_events WHERE action = 'cooperation.project.import'
       AND subject_id = 'P-2023-007'`,
    );
    expect(event?.changes.status?.to).toBe("approved");
    expect(event?.changes.lines?.to).toEqual(["1.1", "2.2"]);
    expect(event?.changes.materials?.to).toEqual(["lithium"]);
    const history = await t.db.query(
      `SELECT p.code, h.from_status, h.to_status, h.note FROM project_status_history h
       JOIN projects p ON p.id = h.project_id WHERE p.title_fr IN ('Ancien', 'Nouveau')
       ORDER BY p.title_fr`,
    );
    expect(history).toEqual([
      { code: "P-2023-007", from_status: null, to_status: "approved", note: "import" },
      {
        code: expect.stringMatching(/^P-\d{4}-\d{3}$/),
        from_status: null,
        to_status: "idea",
        note: "import",
      },
    ]);
  });

  it("reports the row the command refuses at write time, and writes nothing", async () => {
    // The file's check read the codes before another creation took P-2024-001: the command,
    // in the import's transaction, refuses that row; the rows before it are rolled back.
    const stale: Db = {
      ...t.db,
      query: (sql, params) =>
        sql.startsWith("SELECT code AS id FROM projects")
          ? Promise.resolve([])
          : t.db.query(sql, params),
    };
    const [projects, audits] = [await count("projects"), await count("audit_events")];
    const report = await importProjects(
      stale,
      performerOf({
        kind: "user",
        id: admin.user.id,
        email: admin.email,
        name: "",
        role: "admin",
        via: "session",
      }),
      {
        kind: "user",
        id: admin.user.id,
        email: admin.email,
        name: "",
        role: "admin",
        via: "session",
      },
      [
        {
          row: 2,
          values: {
            code: "P-2023-050",
            titleFr: "A",
            titleEn: "A",
            kind: "survey",
            ownerParty: "qc",
            lines: "2.2",
          },
        },
        {
          row: 3,
          values: {
            code: "P-2024-001",
            titleFr: "B",
            titleEn: "B",
            kind: "survey",
            ownerParty: "qc",
            lines: "2.2",
          },
        },
      ],
      { dryRun: false, today: "2025-03-01" },
    );
    expect(report).toEqual({
      ok: false,
      problems: [
        {
          row: 3,
          reasons: [
            { fr: "Code : P-2024-001 existe déjà.", en: "Code: P-2024-001 already exists." },
          ],
        },
      ],
    });
    expect(await count("projects")).toBe(projects);
    expect(await count("audit_events")).toBe(audits);
  });

  it("asks an administrator's row for its owner party, in the command's words", async () => {
    const csv = [
      "Titre (français),Titre (anglais),Type,Lignes d’action",
      "Sans partie,No party,survey,2.2",
    ].join("\n");
    const res = await importForm(admin, "p.csv", new TextEncoder().encode(csv));
    expect(res.status).toBe(422);
    expect(await textOf(res)).toContain(
      "Partie responsable : Choisissez la partie responsable du projet.",
    );
  });

  it("refuses a file that is not a project file", async () => {
    const res = await importForm(admin, "x.csv", new TextEncoder().encode("foo,bar\n1,2\n"));
    expect(res.status).toBe(422);
    expect(await textOf(res)).toContain("Le fichier ne peut pas être importé : foo, bar");
  });

  it("is for members and administrators", async () => {
    expect((await get("/cooperation/projets/import")).status).toBe(401);
    const reviewer = await t.signIn("reviewer");
    expect((await get("/cooperation/projets/import", reviewer.cookie)).status).toBe(403);
    expect((await get("/cooperation/projets/import", memberFr.cookie)).status).toBe(200);
  });
});

describe("project import: partners", () => {
  const HEADER = "Titre (français),Titre (anglais),Type,Lignes d’action,Partenaires";

  it("gives each new project the file's partners, by name and role label, audited", async () => {
    const csv = `${HEADER}\nNouveau,New,survey,2.2,"FONDS TEST (FICTIF) (Bailleur de fonds); Fonds test (fictif) (lead)"`;
    const res = await importForm(memberFr, "p.csv", new TextEncoder().encode(csv));
    expect(res.status).toBe(200);
    const partners = await t.db.query<{ role: string }>(
      `SELECT pp.role FROM project_partners pp JOIN projects p ON p.id = pp.project_id
       WHERE p.title_fr = 'Nouveau' ORDER BY pp.role`,
    );
    expect(partners.map((p) => p.role)).toEqual(["funder", "lead"]);
    const [audit] = await t.db.query<{ changes: { partners: { to: string } } }>(
      `SELECT changes FROM audit_events WHERE action = 'cooperation.project.import'
       AND subject_id = (SELECT code FROM projects WHERE title_fr = 'Nouveau')`,
    );
    expect(audit?.changes.partners.to).toBe(
      "Fonds test (fictif) (funder); Fonds test (fictif) (lead)",
    );
  });

  it("refuses unknown organisations and roles, in French and English, and writes nothing", async () => {
    const csv = [
      HEADER,
      "Bon,Good,survey,2.2,Fonds test (fictif) (partner)",
      'Mauvais,Bad,survey,2.2,"Fonds inconnu (lead); Fonds test (fictif) (mécène)"',
    ].join("\n");
    const [projects, partners, audits] = [
      await count("projects"),
      await count("project_partners"),
      await count("audit_events"),
    ];
    const fr = await textOf(await importForm(memberFr, "p.csv", new TextEncoder().encode(csv)));
    expect(fr).toContain("Rien n’a été importé : 1 ligne invalide (3).");
    expect(fr).toContain("Partenaires : organisation inconnue « Fonds inconnu ».");
    expect(fr).toContain("Partenaires : rôle inconnu « mécène » pour « Fonds test (fictif) » ;");
    const en = await importForm(memberFr, "p.csv", new TextEncoder().encode(csv), false, "/en");
    expect(en.status).toBe(422);
    const text = await textOf(en);
    expect(text).toContain("Nothing was imported: 1 invalid row (3).");
    expect(text).toContain("Partners: unknown organisation “Fonds inconnu”.");
    expect(text).toContain("Partners: unknown role “mécène” for “Fonds test (fictif)”;");
    expect(await count("projects")).toBe(projects);
    expect(await count("project_partners")).toBe(partners);
    expect(await count("audit_events")).toBe(audits);
  });
});
