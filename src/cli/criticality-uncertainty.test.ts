import { beforeAll, describe, expect, it } from "vitest";
import { FIRST_OPEN, useCliSandbox } from "./cli-sandbox.ts";

const sandbox = useCliSandbox();

beforeAll(async () => {
  const seeded = await sandbox.run(["db", "seed"]);
  expect(seeded.code, seeded.err).toBe(0);
}, 180_000);

const uncertainty = (...args: string[]) => sandbox.run(["criticality", "uncertainty", ...args]);

describe("alliage criticality uncertainty", () => {
  it("prints the same JSON twice for the same seed, ordered percentiles", FIRST_OPEN, async () => {
    const a = await uncertainty(
      "--material",
      "Cobalt",
      "--draws",
      "1500",
      "--seed",
      "42",
      "--json",
    );
    expect(a.code, a.err).toBe(0);
    const b = await uncertainty(
      "--material",
      "cobalt",
      "--draws",
      "1500",
      "--seed",
      "42",
      "--json",
    );
    expect(b.out).toBe(a.out);
    const out = JSON.parse(a.out);
    expect(out).toMatchObject({ draws: 1500, seed: 42, party: "global", method: "eu" });
    expect(out.materials).toHaveLength(1);
    const [cobalt] = out.materials;
    expect(cobalt.material).toBe("cobalt");
    expect(cobalt.p5).toBeLessThanOrEqual(cobalt.p50);
    expect(cobalt.p50).toBeLessThanOrEqual(cobalt.p95);
    expect(cobalt.p5).toBeLessThan(cobalt.p95);
  });

  it("prints CSV with a header and one line per material", async () => {
    const r = await uncertainty("--draws", "200", "--csv");
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split(/\r?\n/);
    expect(lines[0]).toBe("material,sr,p5,p50,p95,mean,p_critical");
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.find((l) => l.startsWith("cobalt,"))?.split(",")).toHaveLength(7);
  });

  it("prints a readable French table by default, draws and seed stated", async () => {
    const r = await uncertainty("--material", "cobalt", "--draws", "500");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("500 tirages, graine 2026");
    expect(r.out).toMatch(/cobalt\s+\d,\d+\s+\d,\d+/);
    expect(r.out).toContain("P(critique)");
  });

  it("exits 1 with a localised message for too many draws or an unknown material", async () => {
    const many = await uncertainty("--draws", "20001");
    expect(many.code).toBe(1);
    expect(many.err).toContain("un entier de 1 à 20000");
    const en = await sandbox.run(["criticality", "uncertainty", "--draws", "abc"], {
      LANG: "en_CA.UTF-8",
    });
    expect(en.code).toBe(1);
    expect(en.err).toContain("Invalid draws parameter");
    const unknown = await uncertainty("--material", "unobtainium");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("unobtainium");
  });
});
