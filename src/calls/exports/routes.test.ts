import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import * as mupdf from "mupdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import { insertCall } from "../applications/test-fixtures.ts";
import { rankingOf } from "../review/ranking.ts";
import { insertGrid, submittedApplication } from "../review/test-fixtures.ts";

const OPENS = new Date("2026-01-15T14:00:00Z");
const CLOSES = new Date("2026-03-31T21:00:00Z");
const DURING = new Date("2026-03-20T12:00:00Z");
const AFTER = new Date("2026-04-02T12:00:00Z");

type Session = Awaited<ReturnType<TestApp["signIn"]>>;

const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

function pdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  let text = "";
  for (let i = 0; i < doc.countPages(); i++) {
    text += doc.loadPage(i).toStructuredText("preserve-whitespace").asText();
  }
  return plain(text);
}

describe("a call's exports for the officials", () => {
  let t: TestApp;
  let call: Awaited<ReturnType<typeof insertCall>>;
  let qc: Session;
  let fr: Session;
  let applicant: Session;
  let r1: Session;
  let r2: Session;
  let app1: string;
  let reference1: string;
  let reference2: string;

  const get = (path: string, as?: Session) =>
    t.request(path, { headers: as ? { cookie: as.cookie } : {} });
  const post = async (path: string, as: Session, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ _csrf: as.csrf });
    for (const [k, v] of Object.entries(fields)) {
      for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    }
    const res = await t.request(path, {
      method: "POST",
      body,
      headers: { cookie: as.cookie, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status, path).toBe(303);
  };
  const base = (id: string) => `/appels/${call.code}/evaluation/${id}`;
  const csvPath = () => `/appels/${call.code}/candidatures.csv`;

  beforeAll(async () => {
    t = await createTestApp({ now: () => AFTER });
    call = await insertCall(t.db, { opensAt: OPENS, closesAt: CLOSES });
    const grid = await insertGrid(t.db, call.id);
    qc = await t.signIn("member-qc");
    fr = await t.signIn("member-fr");
    applicant = await t.signIn("applicant", "porteur@example.org");
    r1 = await t.signIn("reviewer", "r1@example.org");
    r2 = await t.signIn("reviewer", "r2@example.org");
    // A title a spreadsheet would run as a formula, were it not defused.
    app1 = await submittedApplication(t.db, call, applicant.user.id, "=1+2 Graphite", DURING);
    const app2 = await submittedApplication(t.db, call, applicant.user.id, "Lithium", DURING);
    const refs = await t.db.query<{ id: string; reference: string }>(
      "SELECT id, reference FROM applications WHERE call_id = $1",
      [call.id],
    );
    reference1 = refs.find((r) => r.id === app1)?.reference as string;
    reference2 = refs.find((r) => r.id === app2)?.reference as string;
    await post(`/evaluateurs/${r1.user.id}`, qc, { party: "qc", organisation: "Polytechnique" });
    await post(`/evaluateurs/${r2.user.id}`, qc, { party: "fr", organisation: "Lorraine" });
    const screening = {
      [`check_${grid.eligibility[0]}`]: "yes",
      [`check_${grid.eligibility[1]}`]: "yes",
      eligible: "yes",
      reason: "",
    };
    await post(`${base(app1)}/examen`, qc, { ...screening, privateNote: "NOTE-INTERNE-QC" });
    await post(`${base(app1)}/examen`, fr, { ...screening, privateNote: "" });
    await post(`${base(app1)}/evaluateurs`, qc, {
      reviewers: [r1.user.id, r2.user.id],
      due: "2026-04-20",
    });
    for (const [who, q, comment] of [
      [r1, "5", "AVIS-R1"],
      [r2, "2", "AVIS-R2"],
    ] as const) {
      const [row] = await t.db.query<{ id: string }>(
        "SELECT id FROM review_assignments WHERE application_id = $1 AND reviewer_id = $2",
        [app1, who.user.id],
      );
      const a = row?.id as string;
      await post(`/evaluations/${a}/conflit`, who, {});
      await post(`/evaluations/${a}/notes`, who, {
        [`score_${grid.quality}`]: q,
        [`comment_${grid.quality}`]: comment,
        [`score_${grid.impact}`]: "4",
        [`comment_${grid.impact}`]: "",
        [`score_${grid.consortium}`]: "3",
        [`comment_${grid.consortium}`]: "",
        action: "submit",
      });
    }
  });
  afterAll(() => t?.close());

  it("writes one CSV row per application, French headers, the ranking's mean, formulas defused", async () => {
    const res = await get(csvPath(), fr);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(`candidatures-${call.code}.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("\r\n");
    const [headers, ...rows] = parse(text, { bom: true }) as string[][];
    expect(headers?.slice(0, 3)).toEqual(["Numéro", "Titre", "État"]);
    expect(rows.map((r) => r[0])).toEqual([reference1, reference2].sort());
    const cell = (row: string[] | undefined, header: string) =>
      row?.[headers?.indexOf(header) ?? -1];
    const first = rows.find((r) => r[0] === reference1);
    expect(cell(first, "Titre")).toBe("'=1+2 Graphite");
    expect(cell(first, "Chef de file")).toBe("Université Laval");
    expect(cell(first, "Examen Québec")).toBe("Admissible");
    expect(cell(first, "Avis demandés")).toBe("2");
    expect(cell(first, "Avis reçus")).toBe("2");
    expect(cell(first, "Déposée le (UTC, ISO 8601)")).toBe(DURING.toISOString());
    expect(cell(first, "Déposée le (heure de Paris)")).toBe("2026-03-20T13:00");
    expect(cell(first, "Montant demandé au Québec (CAD)")).toMatch(/^\d+\.\d{2}$/);
    const [ranked] = await rankingOf(t.db, call.id);
    expect(ranked?.mean).not.toBeNull();
    expect(cell(first, "Moyenne pondérée (0 à 5)")).toBe(ranked?.mean?.toFixed(2));
    expect(cell(first, "Rang")).toBe("1");
    const second = rows.find((r) => r[0] === reference2);
    expect(cell(second, "Examen France")).toBe("À examiner");
    expect(cell(second, "Moyenne pondérée (0 à 5)")).toBe("");
  });

  it("writes English headers on the English path", async () => {
    const res = await get(`/en${csvPath()}`, qc);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`applications-${call.code}.csv`);
    const [headers] = parse(await res.text(), { bom: true }) as string[][];
    expect(headers?.slice(0, 3)).toEqual(["Reference", "Title", "Status"]);
    expect(headers).toContain("Weighted mean (0 to 5)");
  });

  it("gives a workbook that opens, with the mean as a number", async () => {
    const res = await get(`/appels/${call.code}/candidatures.xlsx`, qc);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet("Candidatures");
    if (!sheet) throw new Error("no sheet named Candidatures");
    expect(sheet.rowCount).toBe(3);
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(reference1);
    expect(row.getCell(2).value).toBe("=1+2 Graphite");
    const [ranked] = await rankingOf(t.db, call.id);
    const mean = row.getCell(headers.indexOf("Moyenne pondérée (0 à 5)") + 1).value;
    expect(mean).toBe(Number(ranked?.mean?.toFixed(2)));
  });

  it("packs the ranking, a summary per application and its attachments", async () => {
    const res = await get(`/appels/${call.code}/dossier-comite.zip`, fr);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toContain(`dossier-comite-${call.code}.zip`);
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(zip).filter((n) => !n.endsWith("/"));
    expect(names.sort()).toEqual(
      [
        "Classement.pdf",
        `${reference1}/Fiche de synthèse.pdf`,
        `${reference1}/Description scientifique.pdf`,
        `${reference2}/Fiche de synthèse.pdf`,
        `${reference2}/Description scientifique.pdf`,
      ].sort(),
    );
    const [ranked] = await rankingOf(t.db, call.id);
    // The PDFs are read by people: the mean as the dashboard shows it.
    const mean = formatNumber("fr", ranked?.mean ?? 0, 2);
    const summary = pdfText(zip[`${reference1}/Fiche de synthèse.pdf`] as Uint8Array);
    expect(summary).toContain(reference1);
    expect(summary).toContain(`Moyenne pondérée : ${mean} sur 5`);
    expect(summary).toContain("AVIS-R1");
    expect(summary).toContain("AVIS-R2");
    expect(summary).toContain("NOTE-INTERNE-QC");
    const ranking = pdfText(zip["Classement.pdf"] as Uint8Array);
    expect(ranking).toContain(reference1);
    expect(ranking).toContain(mean);
    const attached = zip[`${reference1}/Description scientifique.pdf`] as Uint8Array;
    expect(new TextDecoder().decode(attached.slice(0, 5))).toBe("%PDF-");
  });

  it("names the pack's entries in English on the English path", async () => {
    const res = await get(`/en/appels/${call.code}/dossier-comite.zip`, qc);
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(zip)).toContain("Ranking.pdf");
    expect(Object.keys(zip)).toContain(`${reference1}/Scientific description.pdf`);
  });

  it("refuses applicants and reviewers (403), visitors (401); 404 for an unknown call", async () => {
    for (const path of [
      csvPath(),
      `/appels/${call.code}/candidatures.xlsx`,
      `/appels/${call.code}/dossier-comite.zip`,
    ]) {
      expect((await get(path, applicant)).status, path).toBe(403);
      expect((await get(path, r1)).status, path).toBe(403);
      expect((await get(path)).status, path).toBe(401);
    }
    expect((await get("/appels/AAP-INCONNU/candidatures.csv", qc)).status).toBe(404);
  });
});
