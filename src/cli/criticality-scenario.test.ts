import { beforeAll, describe, expect, it } from "vitest";
import { FIRST_OPEN, useCliSandbox } from "./cli-sandbox.ts";

const sandbox = useCliSandbox();

beforeAll(async () => {
  const seeded = await sandbox.run(["db", "seed"]);
  expect(seeded.code, seeded.err).toBe(0);
}, 180_000);

const scenario = (...args: string[]) =>
  sandbox.run(["criticality", "scenario", "--material", "Cobalt", ...args]);

describe("alliage criticality scenario", () => {
  it(
    "prints before/after/delta as JSON (cobalt, DR Congo mine supply cut by 50 %)",
    FIRST_OPEN,
    async () => {
      const r = await scenario("--cut", "COD:mine:50", "--json");
      expect(r.code, r.err).toBe(0);
      const out = JSON.parse(r.out);
      expect(Object.keys(out)).toEqual(
        expect.arrayContaining([
          "material",
          "party",
          "changes",
          "stages",
          "hhi",
          "supplyRisk",
          "critical",
          "omittedStages",
          "sources",
        ]),
      );
      // Issue 12: the refinery stage used to be omitted; it is now the EU's published value,
      // and the cut's shortfall is reported.
      expect(out).toMatchObject({
        material: "cobalt",
        party: "global",
        changes: [{ kind: "supply_cut", country: "COD", stage: "mine", value: 50 }],
        omittedStages: [],
        shortfall: [{ country: "COD", stage: "mine" }],
      });
      expect(out.stages[1]).toMatchObject({ stage: "refinery", provenance: "published" });
      expect(out.hhi.after).toBeLessThan(out.hhi.before);
      expect(out.hhi.delta).toBeCloseTo(out.hhi.after - out.hhi.before, 12);
      expect(out.supplyRisk.delta).toBeLessThan(0);
      expect(typeof out.critical.before).toBe("boolean");
    },
  );

  it("accepts repeated options, and a capacity of 0 changes nothing", async () => {
    const r = await scenario("--add", "CAN:mine:0", "--add", "AUS:mine:0", "--json");
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.changes).toHaveLength(2);
    expect(out.supplyRisk.delta).toBe(0);
    expect(out.hhi.delta).toBe(0);
  });

  it("lithium refinery: the published processing stage before and after, said so", async () => {
    const r = await sandbox.run([
      "criticality",
      "scenario",
      "--material",
      "lithium",
      "--cut",
      "CHN:refinery:100",
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Étape refinery : RA publié par l’UE");
    expect(r.out).toMatch(/RA refinery \(publié\)\s+1,9\s+1,9\s+0/u);
    const g = await sandbox.run([
      "criticality",
      "scenario",
      "--material",
      "natural-graphite",
      "--cut",
      "CHN:mine:100",
    ]);
    expect(g.code, g.err).toBe(0);
    expect(g.out.split("\n")[1]).toMatch(/^Manque : .* soit 79,9\u202f% de l’offre mondiale/u);
    const stage = await sandbox.run([
      "criticality",
      "scenario",
      "--material",
      "natural-graphite",
      "--cut",
      "CHN:refinery:10",
    ]);
    expect(stage.code).toBe(1);
    expect(stage.err).toContain("l’étape «\u00a0refinery\u00a0» n’est pas évaluée");
  });

  it("prints a readable table in French by default", async () => {
    const r = await scenario("--restrict", "COD:mine:2");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("point de vue mondial");
    expect(r.out).toMatch(/HHI mine\s+0,\d+\s+0,\d+\s+0/);
    expect(r.out).toContain("avant");
  });

  it("exits 1 with a localised message on bad input", async () => {
    const neg = await scenario("--add", "CAN:mine:-10");
    expect(neg.code).toBe(1);
    expect(neg.err).toContain("capacité négative");
    const pct = await scenario("--cut", "COD:mine:150");
    expect(pct.code).toBe(1);
    expect(pct.err).toContain("pourcentage hors de 0–100");
    const country = await scenario("--cut", "XYZ:mine:10");
    expect(country.code).toBe(1);
    expect(country.err).toContain("pays inconnu");
    const material = await sandbox.run([
      "criticality",
      "scenario",
      "--material",
      "cobalte",
      "--cut",
      "COD:mine:1",
    ]);
    expect(material.code).toBe(1);
    expect(material.err).toContain("Vouliez-vous dire");
    const en = await sandbox.run(
      ["criticality", "scenario", "--material", "Cobalt", "--cut", "COD:mine:150"],
      { LANG: "en_CA.UTF-8" },
    );
    expect(en.code).toBe(1);
    expect(en.err).toContain("percentage outside 0–100");
    const malformed = await scenario("--cut", "COD:50");
    expect(malformed.code).not.toBe(0);
  });
});
