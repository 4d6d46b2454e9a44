import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { seedCooperationDemo } from "../demo/commands.ts";
import { insertProject } from "../demo/test-fixtures.ts";
import { countRows, csvRows, download, type Session, sendFile, textOf } from "./test-helpers.ts";

let t: TestApp;
let admin: Session;
let memberQc: Session;
let reviewer: Session;

beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  admin = await t.signIn("admin");
  memberQc = await t.signIn("member-qc");
  reviewer = await t.signIn("reviewer");
});
afterAll(() => t?.close());

async function wipe() {
  await t.db.query("DELETE FROM action_line_links WHERE subject_type = 'Project'");
  await t.db.query("DELETE FROM projects");
  await t.db.query("DELETE FROM organisations");
}

/** Two Québec projects, a French one confidential to France, four lines, two funders. */
beforeEach(async () => {
  await wipe();
  const a = await insertProject(t.db, { code: "P-2024-001" });
  const b = await insertProject(t.db, {
    code: "P-2024-002",
    ownerParty: "fr",
    confidentialTo: "fr",
  });
  await insertProject(t.db, { code: "P-2024-003", ownerParty: "fr" });
  const [fund, company] = await t.db.query<{ id: string }>(
    `INSERT INTO organisations (name, party, kind) VALUES ('Fonds test (fictif)', 'qc', 'fund'),
       ('Société Générale d’essai (fictif)', 'fr', 'company') RETURNING id`,
  );
  await t.db.query(
    `INSERT INTO financing_commitments (project_id, funder_id, source, party, amount_cents, currency,
       committed_on, confidential_to, note)
     VALUES ($1, $3, 'public', 'qc', 100000010, 'CAD', '2024-01-10', NULL, NULL),
            ($1, $3, 'public', 'qc', 20, 'CAD', '2024-01-11', NULL, 'deux, « virgules »'),
            ($1, $4, 'private', 'fr', 25000000, 'EUR', '2024-02-01', 'qc', '=SUM(A1)'),
            ($2, $4, 'private', 'fr', 500000, 'EUR', '2024-03-01', 'fr', NULL)`,
    [a, b, fund?.id, company?.id],
  );
});

const HEADER =
  "Code du projet,Bailleur de fonds,Source,Partie,Devise,Montant,Engagé le,Confidentiel à,Note";
const get = (path: string, s?: Session) =>
  t.request(path, { headers: s ? { cookie: s.cookie } : {} });
const importFinancing = (
  s: Session,
  csv: string | Uint8Array,
  options = { en: false, dryRun: false },
) =>
  sendFile(
    t,
    `${options.en ? "/en" : ""}/cooperation/financement/import`,
    s,
    { name: "financement.csv", bytes: csv },
    options.dryRun,
  );

describe("financing export", () => {
  it("gives one row per visible line, exact amounts, codes, and guarded formulas", async () => {
    const res = await get("/cooperation/financement.csv", admin);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain("financement.csv");
    const rows = await csvRows(res);
    expect(Object.keys(rows[0] as object).join(",")).toBe(HEADER);
    expect(rows.map((r) => [r["Code du projet"], r.Montant, r.Devise])).toEqual([
      ["P-2024-001", "1000000.10", "CAD"],
      ["P-2024-001", "0.20", "CAD"],
      ["P-2024-001", "250000.00", "EUR"],
      ["P-2024-002", "5000.00", "EUR"],
    ]);
    expect(rows[1]?.Note).toBe("deux, « virgules »");
    expect(rows[2]?.["Bailleur de fonds"]).toBe("Société Générale d’essai (fictif)");
    expect(rows[2]?.["Confidentiel à"]).toBe("qc");
    expect(rows[2]?.Note).toBe("'=SUM(A1)");
  });

  it("follows each reader's visibility, and is not for the public", async () => {
    const qc = await csvRows(await get("/en/cooperation/financement.csv", memberQc));
    expect(qc.map((r) => r["Project code"])).toEqual(["P-2024-001", "P-2024-001", "P-2024-001"]);
    const shared = await csvRows(await get("/cooperation/financement.csv", reviewer));
    expect(shared.map((r) => r.Montant)).toEqual(["1000000.10", "0.20"]);
    expect((await get("/cooperation/financement.csv")).status).toBe(401);
  });

  it("writes an XLSX with amounts as numbers", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await download(t, "/cooperation/financement.xlsx", admin.cookie)).buffer as ArrayBuffer,
    );
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("Financement");
    expect(sheet.getRow(2).getCell(6).value).toBe(1000000.1);
    expect(sheet.getRow(3).getCell(6).value).toBe(0.2);
  });
});

describe("financing import", () => {
  const totals = () =>
    t.db.query<{ currency: string; n: number; total: string }>(
      `SELECT currency, count(*)::int AS n, sum(amount_cents)::text AS total
       FROM financing_commitments GROUP BY currency ORDER BY currency`,
    );
  /** The file's amounts summed in cents per currency, without floats. */
  const sumByCurrency = (rows: Record<string, string>[]) => {
    const sums = new Map<string, bigint>();
    for (const r of rows) {
      const cents = BigInt((r.Montant as string).replace(".", ""));
      sums.set(r.Devise as string, (sums.get(r.Devise as string) ?? 0n) + cents);
    }
    return [...sums].sort().map(([currency, total]) => [currency, String(total)]);
  };
  /** The project export without disbursements, which no file carries back. */
  const projectsCsv = async () =>
    (await csvRows(await get("/cooperation/projets.csv", admin))).map((r) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith("Versé"))),
    );

  for (const format of ["csv", "xlsx"] as const) {
    it(`round-trips the demo portfolio through the ${format.toUpperCase()} exports`, async () => {
      await wipe();
      await seedCooperationDemo(t.db);
      const before = { totals: await totals(), projects: await projectsCsv() };
      const lines = await csvRows(await get("/cooperation/financement.csv", admin));
      expect(sumByCurrency(lines)).toEqual(before.totals.map((r) => [r.currency, r.total]));
      const projectFile = await download(t, `/cooperation/projets.${format}`, admin.cookie);
      const financingFile = await download(t, `/cooperation/financement.${format}`, admin.cookie);
      await t.db.query("DELETE FROM action_line_links WHERE subject_type = 'Project'");
      await t.db.query("DELETE FROM projects");
      expect(await countRows(t, "financing_commitments")).toBe(0);

      const projects = await sendFile(t, "/cooperation/projets/import", admin, {
        name: `p.${format}`,
        bytes: projectFile,
      });
      expect(projects.status).toBe(200);
      const res = await sendFile(t, "/cooperation/financement/import", admin, {
        name: `f.${format}`,
        bytes: financingFile,
      });
      expect(res.status).toBe(200);
      expect(await textOf(res)).toContain(
        `${lines.length} lignes de financement ajoutées ; 0 déjà enregistrée, ignorée.`,
      );
      expect(await totals()).toEqual(before.totals);
      expect(await projectsCsv()).toEqual(before.projects);
      expect(await csvRows(await get("/cooperation/financement.csv", admin))).toEqual(lines);
      const [audit] = await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = 'financing.commitment.import'",
      );
      expect(audit?.n).toBeGreaterThanOrEqual(lines.length);
    });
  }

  it("adds new lines, skips and reports those already recorded, twice alike", async () => {
    const csv = [
      HEADER,
      // Same project, funder, currency, amount and date as a recorded line: skipped.
      "P-2024-001,Fonds test (fictif),private,other,CAD,1000000.1,2024-01-10,,autre note",
      // Funder named without case or accents; French amount.
      'p-2024-001,SOCIETE GENERALE D\'ESSAI (FICTIF),Privé,Québec,eur,"1 234,56",2024-05-01,qc,',
    ].join("\r\n");
    const lines = await countRows(t, "financing_commitments");
    const first = await importFinancing(memberQc, csv);
    expect(first.status).toBe(200);
    expect(await textOf(first)).toContain(
      "1 ligne de financement ajoutée ; 1 déjà enregistrée, ignorée.",
    );
    const [added] = await t.db.query<{ amount: string; source: string; party: string; c: string }>(
      `SELECT amount_cents::text AS amount, source, party, confidential_to AS c
       FROM financing_commitments WHERE committed_on = '2024-05-01'`,
    );
    expect(added).toEqual({ amount: "123456", source: "private", party: "qc", c: "qc" });
    const again = await importFinancing(memberQc, csv, { en: true, dryRun: false });
    expect(await textOf(again)).toContain("0 financing lines added; 2 already recorded, skipped.");
    expect(await countRows(t, "financing_commitments")).toBe(lines + 1);
  });

  it("previews without writing anything", async () => {
    const csv = `${HEADER}\nP-2024-001,Fonds test (fictif),public,qc,CAD,10,2024-06-01,,`;
    const audits = await countRows(t, "audit_events");
    const res = await importFinancing(memberQc, csv, { en: false, dryRun: true });
    expect(await textOf(res)).toContain("Aperçu : 1 ligne serait ajoutée");
    expect(await countRows(t, "financing_commitments")).toBe(4);
    expect(await countRows(t, "audit_events")).toBe(audits);
  });

  const BAD = [
    HEADER,
    "P-2024-001,Fonds test (fictif),public,qc,CAD,10,2024-06-01,,bonne ligne",
    "P-2099-999,Fonds test (fictif),public,qc,CAD,10,2024-06-01,,",
    "P-2024-001,Fonds inconnu,public,qc,CAD,10,2024-06-01,,",
    "P-2024-001,Fonds test (fictif),public,qc,USD,10,2024-06-01,,",
    "P-2024-001,Fonds test (fictif),public,qc,CAD,-5,2024-06-01,,",
    "P-2024-001,Fonds test (fictif),public,qc,CAD,0,2024-06-01,,",
    "P-2024-001,Fonds test (fictif),public,qc,CAD,10,2024-02-30,,",
    "P-2024-001,Fonds test (fictif),public,qc,CAD,10,2024-06-01,fr,",
    "P-2024-003,Fonds test (fictif),public,qc,CAD,10,2024-06-01,,",
    // Confidential to France: a Québec member cannot tell it from a missing project.
    "P-2024-002,Fonds test (fictif),mixte,xx,CAD,10,2024-06-01,,",
  ].join("\n");
  const ROWS = "(3, 4, 5, 6, 7, 8, 9, 10, 11)";

  it("reports every bad row in French and writes nothing", async () => {
    const [lines, audits] = [
      await countRows(t, "financing_commitments"),
      await countRows(t, "audit_events"),
    ];
    const res = await importFinancing(memberQc, BAD);
    expect(res.status).toBe(422);
    const text = await textOf(res);
    for (const expected of [
      `Rien n’a été importé : 9 lignes invalides ${ROWS}.`,
      "Code du projet : projet inconnu « P-2099-999 ».",
      "Bailleur de fonds : organisation inconnue « Fonds inconnu ».",
      "Devise : Devise inconnue : « USD ». Devises possibles : CAD, EUR.",
      "Montant : Le montant doit être supérieur à zéro (reçu : « -5 »).",
      "Montant : Le montant doit être supérieur à zéro (reçu : « 0 »).",
      "Engagé le : date invalide « 2024-02-30 » ; attendu : AAAA-MM-JJ, une date qui existe.",
      "Confidentiel à : vous ne pouvez pas réserver une ligne à une partie dont vous n’êtes pas (fr).",
      "Code du projet : vous ne financez que les projets de votre partie (P-2024-003 : fr).",
      "Code du projet : projet inconnu « P-2024-002 ».",
      "Source : valeur inconnue « mixte » ; valeurs possibles : public, private.",
      "Partie : valeur inconnue « xx » ; valeurs possibles : qc, fr, other.",
    ])
      expect(text).toContain(expected);
    expect(await countRows(t, "financing_commitments")).toBe(lines);
    expect(await countRows(t, "audit_events")).toBe(audits);
  });

  it("reports them in English on the English page", async () => {
    const res = await importFinancing(memberQc, BAD, { en: true, dryRun: false });
    expect(res.status).toBe(422);
    const text = await textOf(res);
    for (const expected of [
      `Nothing was imported: 9 invalid rows ${ROWS}.`,
      "Project code: unknown project “P-2099-999”.",
      "Funder: unknown organisation “Fonds inconnu”.",
      "Currency: Unknown currency: “USD”. Possible currencies: CAD, EUR.",
      "Amount: The amount must be greater than zero (received: “-5”).",
      "Committed on: invalid date “2024-02-30”; expected: YYYY-MM-DD, a date that exists.",
      "Confidential to: you cannot restrict a line to a party you do not belong to (fr).",
      "Project code: you only add financing to your own party’s projects (P-2024-003: fr).",
      "Source: unknown value “mixte”; possible values: public, private.",
    ])
      expect(text).toContain(expected);
    expect(await countRows(t, "financing_commitments")).toBe(4);
  });

  it("refuses a file of another kind, and those who may not create financing", async () => {
    const res = await importFinancing(admin, "Code,Titre (français)\nP-2024-009,Projet\n");
    expect(res.status).toBe(422);
    expect(await textOf(res)).toContain(
      "Le fichier ne peut pas être importé : Code, Titre (français)",
    );
    const refused = await importFinancing(reviewer, BAD);
    expect(refused.status).toBe(403);
    expect(await countRows(t, "financing_commitments")).toBe(4);
  });

  it("shows the financing form to members and the export links to those who read financing", async () => {
    const page = await (await get("/cooperation/projets/import", memberQc)).text();
    expect(page).toContain('action="/cooperation/financement/import"');
    expect(page).toContain('href="/cooperation/financement.xlsx"');
  });
});
