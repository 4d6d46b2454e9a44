import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { main } from "./main.ts";

const DATA = "data/geopolrisk-py/";
const FIELDS = ["hhi", "numerator", "totalTrade", "importRisk", "score", "price", "midpoint", "cf"];
// Column of the reference results for each field of the command's output.
const REFERENCE_COLUMNS: Record<string, string> = {
  hhi: "HHI",
  numerator: "Numerator",
  totalTrade: "Total Trade",
  importRisk: "Import Risk (WTA)",
  score: "GeoPolRisk Score",
  price: "Price",
  midpoint: "Midpoint",
  cf: "CF",
};

async function alliage(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    env: { LOG_LEVEL: "silent", ...env },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    interactive: false,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const caseArgs = (material: string, production: string, importer = "842") => [
  "criticality",
  "geopolrisk",
  "--trade",
  `${DATA}testcase_trade_usa_2022.csv`,
  "--production",
  `${DATA}${production}`,
  "--wgi",
  `${DATA}testcase_wgi_normalized.csv`,
  "--importer",
  importer,
  "--year",
  "2022",
  "--material",
  material,
];

describe("alliage criticality geopolrisk", () => {
  const reference: Record<string, string>[] = parse(
    fs.readFileSync(`${DATA}testcase_reference_results.csv`),
    { columns: true },
  );

  for (const [material, production] of [
    ["Nickel", "testcase_production_nickel.csv"],
    ["Manganese", "testcase_production_manganese.csv"],
  ] as const) {
    it(`reproduces the geopolrisk-py reference case for ${material} (USA 2022) to a relative error of 1e-9`, async () => {
      const run = await alliage([...caseArgs(material, production), "--json"]);
      expect(run.code, run.err).toBe(0);
      const result = JSON.parse(run.out) as Record<string, number>;
      expect(Object.keys(result)).toEqual(FIELDS);
      const ref = reference.find((r) => r["Raw Material"] === material) as Record<string, string>;
      for (const field of FIELDS) {
        const expected = Number(ref[REFERENCE_COLUMNS[field] as string]);
        const relative = Math.abs((result[field] as number) - expected) / Math.abs(expected);
        expect(relative, field).toBeLessThanOrEqual(1e-9);
      }
    });
  }

  it("takes the importer as an ISO alpha-3 code too, and prints a French table without --json", async () => {
    const run = await alliage(caseArgs("nickel", "testcase_production_nickel.csv", "USA"));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^hhi +0,267490076576$/m);
    expect(run.out).toMatch(/^totalTrade +37,495$/m);
  });

  // Issue 12: the USA produces no manganese, so it is not in that production file; its code
  // now comes from the bundled BACI country table, and --importer USA answers as 842.
  it("manganese with --importer USA gives exactly the --importer 842 result", async () => {
    const args = (importer: string) => [
      ...caseArgs("Manganese", "testcase_production_manganese.csv", importer),
      "--json",
    ];
    const iso = await alliage(args("USA"));
    const numeric = await alliage(args("842"));
    expect(iso.code, iso.err).toBe(0);
    expect(JSON.parse(iso.out)).toEqual(JSON.parse(numeric.out));
  });

  it("names a missing file, an unknown importer and a material without imports, in French", async () => {
    const missing = await alliage(caseArgs("Nickel", "absent.csv"));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(
      `Fichier d’entrée inutilisable (${DATA}absent.csv)\u00a0: fichier introuvable`,
    );
    const importer = await alliage(caseArgs("Nickel", "testcase_production_nickel.csv", "XYZ"));
    expect(importer.code).toBe(1);
    expect(importer.err).toContain("pays importateur inconnu\u00a0: XYZ");
    const none = await alliage(caseArgs("Cobalt", "testcase_production_nickel.csv"), {
      LANG: "en_CA.UTF-8",
    });
    expect(none.code).toBe(1);
    expect(none.err).toContain("no imports of “Cobalt” by 842 in 2022");
  });

  it("refuses a file that is not in the expected format", async () => {
    const run = await alliage([
      ...caseArgs("Nickel", "testcase_production_nickel.csv").slice(0, 3),
      `${DATA}PROVENANCE.md`,
      ...caseArgs("Nickel", "testcase_production_nickel.csv").slice(4),
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("criticality_input_file");
  });

  it("answers a bad year with a usage error (exit 2)", async () => {
    const args = caseArgs("Nickel", "testcase_production_nickel.csv");
    args[args.indexOf("2022")] = "deux mille";
    expect((await alliage(args)).code).toBe(2);
  });
});
