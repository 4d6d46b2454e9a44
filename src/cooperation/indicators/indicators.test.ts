import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { insertProject } from "../impact/test-fixtures.ts";
import type { ProjectRef } from "../projects/queries.ts";
import { parseDecimal, shiftDecimal } from "../shared/decimal.ts";
import { setIndicatorValues } from "./commands.ts";
import { indicatorSeries } from "./queries.ts";

describe("exact decimals", () => {
  it("shifts the decimal point without floats", () => {
    expect(shiftDecimal("1.2345", 3)).toBe("1234.5");
    expect(shiftDecimal("0.1", 2)).toBe("10");
    expect(shiftDecimal("12", -4)).toBe("0.0012");
    expect(shiftDecimal("0.000000000000000001", 6)).toBe("0.000000000001");
    expect(parseDecimal("1 234,5")).toBe("1234.5");
    expect(parseDecimal("1,234.5")).toBeNull();
  });
});

let t: TestApp;
let p: ProjectRef;
const who = { actorId: null, label: "test" };
beforeAll(async () => {
  t = await createTestApp();
  p = await insertProject(t.db, { code: "P-2024-010", owner: "qc" });
}, 120_000);
afterAll(() => t?.close());

describe("indicator values", () => {
  it("converts kt CO2e, GWh and km² exactly and says so", async () => {
    const a = await setIndicatorValues(t.db, who, "fr", p, {
      indicator: "ghg_emissions",
      year: 2024,
      unit: "kt CO2e",
      baseline: "12,345",
      actual: "0.1",
    });
    expect(a.conversions[0]).toEqual({
      from: "12.345",
      fromUnit: "kt CO2e",
      to: "12345",
      toUnit: "t CO2e",
    });
    await setIndicatorValues(t.db, who, "fr", p, {
      indicator: "energy",
      year: 2024,
      unit: "GWh",
      target: "1.5",
    });
    await setIndicatorValues(t.db, who, "fr", p, {
      indicator: "land_disturbed",
      year: 2024,
      unit: "km2",
      actual: "0.37",
    });
    const s = await indicatorSeries(t.db, p.id);
    expect(
      s.map((x) => [
        x.indicator,
        x.unit,
        x.values[0]?.baseline,
        x.values[0]?.target,
        x.values[0]?.actual,
      ]),
    ).toEqual([
      ["ghg_emissions", "t CO2e", "12345", null, "100"],
      ["energy", "MWh", null, "1500", null],
      ["land_disturbed", "ha", null, null, "37"],
    ]);
  });

  it("refuses unknown or incompatible units, negatives and shares over 100, in French", async () => {
    const bad = async (input: Parameters<typeof setIndicatorValues>[4], id: string) => {
      const e = await setIndicatorValues(t.db, who, "fr", p, input).catch((x) => x);
      expect(e.id).toBe(id);
      return e.messageIn("fr") as string;
    };
    const msg = await bad(
      { indicator: "energy", year: 2024, unit: "ha", actual: "3" },
      "indicator_unit_invalid",
    );
    expect(msg).toContain("kWh, MWh, GWh, TWh");
    await bad(
      { indicator: "energy", year: 2024, unit: "furlongs", actual: "3" },
      "indicator_unit_invalid",
    );
    await bad(
      { indicator: "water_withdrawn", year: 2024, unit: "m³", actual: "-1" },
      "indicator_value_negative",
    );
    await bad(
      { indicator: "renewable_share", year: 2024, unit: "%", actual: "100.5" },
      "indicator_share_range",
    );
    await bad(
      { indicator: "community_meetings", year: 2024, unit: "nombre", actual: "2.5" },
      "indicator_value_invalid",
    );
    await bad({ indicator: "nope", year: 2024, unit: "%", actual: "1" }, "indicator_unknown");
    expect((await indicatorSeries(t.db, p.id)).map((s) => s.indicator)).not.toContain(
      "water_withdrawn",
    );
  });

  it("shows the chart and the table, CSP-safe, and 404 for a hidden project", async () => {
    const html = await (await t.request("/cooperation/projets/P-2024-010/indicateurs")).text();
    expect(html).toContain("Émissions de GES");
    expect(html).toContain("12\u202f345");
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).not.toMatch(/<svg[\s\S]*style="/);
    await insertProject(t.db, { code: "P-2024-011", owner: "fr", confidentialTo: "fr" });
    expect((await t.request("/cooperation/projets/P-2024-011/indicateurs")).status).toBe(404);
  });
});
