import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import type { AssessmentsOutput, ListsOutput, MaterialsOutput } from "../materials/schema.ts";
import { exportCsv } from "./csv.ts";
import { exportText } from "./messages.ts";
import { assessmentsTable, emptyReason } from "./tables.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
}, 120_000);
afterAll(() => t?.close());

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function json<T>(path: string): Promise<T> {
  const res = await t.request(path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** The CSV as records, after checking the BOM that spreadsheet software needs for UTF-8. */
async function csv(path: string, init?: RequestInit) {
  const res = await t.request(path, init);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  const [header = [], ...rows] = parse(text) as string[][];
  return { res, header, rows };
}

async function workbook(path: string) {
  const res = await t.request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(XLSX);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return { res, book };
}

const row = (sheet: ExcelJS.Worksheet, n: number) =>
  (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);

describe("assessments export", () => {
  it("gives the JSON endpoint's rows as CSV with French headers and a French file name", async () => {
    const api = await json<AssessmentsOutput>("/api/v1/criticality/assessments?party=fr");
    const { res, header, rows } = await csv("/api/v1/criticality/assessments/export?format=csv");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="alliage-criticite-ue-fr-2023.csv"',
    );
    expect(header).toEqual([
      "Identifiant",
      "Matière",
      "Famille",
      "Risque d’approvisionnement (RA)",
      "Importance économique (IE)",
      "Étape déterminante",
      "Critique",
      "Classement",
      "RA extraction",
      "Provenance extraction",
      "RA transformation",
      "Provenance transformation",
      exportText("fr", "colResidual"),
      "Données insuffisantes",
    ]);
    expect(rows).toHaveLength(api.results.length);
    expect(rows.length).toBeGreaterThan(60);
    const basis = { thresholds: "Critique (seuils)", strategic: "Critique (stratégique)" };
    rows.forEach((r, i) => {
      const a = api.results[i];
      expect(r[0]).toBe(a?.materialId);
      expect(r[1]).toBe(a?.name.fr);
      expect(r[2]).toBe(a?.family);
      expect(Number(r[3])).toBe(a?.supplyRisk);
      expect(Number(r[4])).toBe(a?.economicImportance);
      expect(r[5] === "").toBe(a?.stage === null);
      expect(r[6]).toBe(a?.critical ? "oui" : "non");
      expect(r[7]).toBe(a?.basis ? basis[a.basis] : "Non critique");
    });
    expect(rows.filter((r) => r[6] === "oui")).toHaveLength(34);
  });

  it("switches headers and file name to English with lang=en or Accept-Language", async () => {
    const byQuery = await csv("/api/v1/criticality/assessments/export?format=csv&lang=en");
    expect(byQuery.header.slice(0, 4)).toEqual([
      "Identifier",
      "Material",
      "Family",
      "Supply risk (SR)",
    ]);
    expect(byQuery.res.headers.get("content-disposition")).toContain(
      'filename="alliage-criticality-eu-fr-2023.csv"',
    );
    expect(byQuery.rows.find((r) => r[0] === "copper")?.slice(1, 2)).toEqual(["copper"]);
    const byHeader = await csv("/api/v1/criticality/assessments/export?format=csv", {
      headers: { "Accept-Language": "en-CA,fr;q=0.5" },
    });
    expect(byHeader.header).toEqual(byQuery.header);
  });

  // Issue 12: the qc and global exports used to answer a header row only, with no word of why;
  // every view now has rows with each stage's SR and provenance, and an empty export says why.
  it("exports every view with per-stage SR and provenance; an empty one says why", async () => {
    const { res, header, rows } = await csv(
      "/api/v1/criticality/assessments/export?format=csv&party=qc",
    );
    expect(res.headers.get("content-disposition")).toContain("alliage-criticite-ue-qc-2023.csv");
    expect(header).toHaveLength(14);
    const lithium = rows.find((r) => r[0] === "lithium");
    expect(lithium?.[9]).toBe("calculé");
    expect(lithium?.[11]).toBe("publié");
    expect(Number(lithium?.[3])).toBe(Math.max(Number(lithium?.[8]), Number(lithium?.[10])));
    const empty = assessmentsTable(
      "fr",
      {
        status: "missing_inputs",
        party: "qc",
        missing: [{ input: "wgi", stage: null, materials: 3 }],
      },
      undefined,
    );
    expect(empty.rows).toEqual([
      [emptyReason("fr", { status: "ok", party: "qc", points: [], missing: [] }, undefined)],
    ]);
    expect(String(empty.rows[0]?.[0])).toContain("Aucune ligne");
    const why = assessmentsTable(
      "en",
      {
        status: "missing_inputs",
        party: "qc",
        missing: [{ input: "wgi", stage: null, materials: 3 }],
      },
      {
        kind: "eu-crm-results",
        vintage: "EU CRM 2023",
        fileName: "f.csv",
        importedAt: "2026-01-01",
      },
    );
    expect(why.rows).toEqual([["No rows: this view cannot be computed; missing: wgi × 3."]]);
  });

  it("gives an XLSX workbook: bold frozen header, numbers as numbers, a Sources sheet", async () => {
    const api = await json<AssessmentsOutput>("/api/v1/criticality/assessments");
    const { res, book } = await workbook("/api/v1/criticality/assessments/export?format=xlsx");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="alliage-criticite-ue-fr-2023.xlsx"',
    );
    expect(book.worksheets.map((s) => s.name)).toEqual(["Criticité UE", "Sources"]);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(row(sheet, 1)[3]).toBe("Risque d’approvisionnement (RA)");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.rowCount).toBe(api.results.length + 1);
    const cobalt = api.results.findIndex((r) => r.materialId === "cobalt");
    const sr = sheet.getRow(cobalt + 2).getCell(4);
    expect(sr.type).toBe(ExcelJS.ValueType.Number);
    expect(sr.value).toBe(api.results[cobalt]?.supplyRisk);
    expect(sheet.getRow(cobalt + 2).getCell(5).value).toBe(api.results[cobalt]?.economicImportance);
    const sources = book.getWorksheet("Sources") as ExcelJS.Worksheet;
    expect(row(sources, 1)).toEqual([
      "Source",
      "Fichier",
      "Millésime",
      "Importé le",
      "Unité",
      "Licence ou citation",
    ]);
    const eu = row(sources, 2);
    expect(eu[0]).toBe(api.source?.citation);
    expect(eu[1]).toBe(api.source?.dataset);
    expect(eu[2]).toBe(api.source?.vintage);
    expect(String(eu[5])).toContain("2011/833/UE");
  });
});

describe("materials and lists exports", () => {
  it("exports every material with the lists it is on", async () => {
    const api = await json<MaterialsOutput>("/api/v1/criticality/materials");
    const { res, header, rows } = await csv("/api/v1/criticality/materials/export?format=csv");
    expect(res.headers.get("content-disposition")).toContain('filename="alliage-matieres.csv"');
    expect(header[0]).toBe("Identifiant");
    expect(rows.map((r) => r[0])).toEqual(api.materials.map((m) => m.id));
    for (const [i, m] of api.materials.entries()) {
      expect(rows[i]?.slice(1, 4)).toEqual([m.name.fr, m.name.en, m.symbol ?? ""]);
      expect(rows[i]?.[6]).toBe(m.lists.join("; "));
    }
  });

  it("is not taken for the factsheet of a material called export", async () => {
    const res = await t.request("/api/v1/criticality/materials/export?format=xlsx&lang=en");
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-disposition")).toContain("alliage-materials.xlsx");
  });

  it("exports the official lists, one row per listing, the edition as a number", async () => {
    const api = await json<ListsOutput>("/api/v1/criticality/lists");
    const listings = api.lists.flatMap((l) => l.members.map((m) => [l.id, m.materialId]));
    const { header, rows } = await csv("/api/v1/criticality/lists/export?format=csv");
    expect(header.slice(0, 4)).toEqual([
      "Identifiant de la liste",
      "Liste",
      "Juridiction",
      "Édition",
    ]);
    expect(rows.map((r) => [r[0], r[4]])).toEqual(listings);
    const eu = api.lists.find((l) => l.id === "eu-2024-annex-ii");
    expect(rows.filter((r) => r[0] === "eu-2024-annex-ii")).toHaveLength(eu?.count ?? -1);
    const copper = rows.find((r) => r[0] === "eu-2024-annex-ii" && r[4] === "copper");
    expect(copper?.[8]).toBe("oui");

    const { book } = await workbook("/api/v1/criticality/lists/export?format=xlsx");
    expect(book.worksheets.map((s) => s.name)).toEqual(["Listes officielles", "Sources"]);
    const edition = book.worksheets[0]?.getRow(2).getCell(4);
    expect(edition?.type).toBe(ExcelJS.ValueType.Number);
    expect(edition?.value).toBe(api.lists[0]?.edition);
    expect(book.getWorksheet("Sources")?.rowCount).toBe(api.lists.length + 1);
  });
});

describe("export safety and errors", () => {
  it("neutralises text that a spreadsheet would run as a formula", () => {
    const text = exportCsv({
      fileName: "x",
      sheetName: "x",
      headers: ["a", "b"],
      rows: [
        ['=HYPERLINK("http://evil")', "+1"],
        ["-2+3", "@SUM(A1)"],
        ["plain, with comma", 1.5],
      ],
      sources: { headers: [], rows: [] },
    });
    const [, ...rows] = parse(text.slice(1)) as string[][];
    expect(rows).toEqual([
      ['\'=HYPERLINK("http://evil")', "'+1"],
      ["'-2+3", "'@SUM(A1)"],
      ["plain, with comma", "1.5"],
    ]);
  });

  it("answers an unknown format with 400 and a localised message", async () => {
    const fr = await t.request("/api/v1/criticality/lists/export?format=pdf");
    expect(fr.status).toBe(400);
    const body = (await fr.json()) as { error: { id: string; message: string } };
    expect(body.error.id).toBe("criticality_export_format");
    expect(body.error.message).toBe(
      "Format d’export inconnu\u00a0: «\u00a0pdf\u00a0». Formats acceptés\u00a0: csv, xlsx.",
    );
    const en = await t.request("/api/v1/criticality/materials/export?format=ods&lang=en");
    expect(en.status).toBe(400);
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
      "Unknown export format: “ods”. Accepted formats: csv, xlsx.",
    );
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await json<{
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    }>("/api/openapi.json");
    for (const p of ["materials", "assessments", "lists"]) {
      const params = doc.paths[`/api/v1/criticality/${p}/export`]?.get?.parameters ?? [];
      expect(params.map((x) => x.name)).toContain("format");
    }
  });
});

describe("download links", () => {
  const links = (html: string) =>
    [...html.matchAll(/<a href="([^"]*\/export\?[^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [
      (m[1] ?? "").replaceAll("&amp;", "&"),
      m[2],
    ]);

  it("offers CSV and XLSX under the matrix, for the party shown, in French and English", async () => {
    const fr = await (await t.request("/criticite?partie=fr")).text();
    expect(fr).toContain("Télécharger\u00a0:");
    expect(links(fr)).toEqual([
      ["/api/v1/criticality/assessments/export?format=csv&party=fr", "CSV (tableur, UTF-8)"],
      ["/api/v1/criticality/assessments/export?format=xlsx&party=fr", "XLSX (Excel)"],
    ]);
    const en = await (await t.request("/en/criticite")).text();
    expect(en).toContain("Download:");
    const [csvLink] = links(en)[0] ?? [];
    expect(csvLink).toBe("/api/v1/criticality/assessments/export?format=csv&party=fr&lang=en");
    const file = await t.request(csvLink ?? "");
    expect(file.headers.get("content-disposition")).toContain("alliage-criticality-eu-fr-2023");
  });

  it("offers the lists export on /criticite/listes", async () => {
    const fr = await (await t.request("/criticite/listes")).text();
    expect(links(fr).map((l) => l[0])).toEqual([
      "/api/v1/criticality/lists/export?format=csv",
      "/api/v1/criticality/lists/export?format=xlsx",
    ]);
    const en = await (await t.request("/en/criticite/listes")).text();
    expect(links(en)[1]).toEqual([
      "/api/v1/criticality/lists/export?format=xlsx&lang=en",
      "XLSX (Excel)",
    ]);
  });
});
