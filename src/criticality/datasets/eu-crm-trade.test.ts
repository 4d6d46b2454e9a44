import { describe, expect, it } from "vitest";
import { parseEuTrade } from "./eu-crm-trade.ts";
import { bundled } from "./test-files.ts";

const { text, ctx } = bundled("eu-crm-2023/eu_crm_2023_trade_parameters.csv");
const parsed = parseEuTrade(text, ctx);

describe("EU CRM 2023 trade parameters", () => {
  it("stores every parameter with ISO countries and the engine's stages", () => {
    expect(parsed.vintage).toBe("EU CRM 2023");
    expect(parsed.rowsRead).toBe(121);
    expect(parsed.rows).toHaveLength(121);
    expect(parsed.issues).toEqual([]);
    expect(
      parsed.rows.find((r) => r.materialId === "cobalt" && r.stageId === "extraction"),
    ).toMatchObject({
      countryId: "COD",
      country: "DR Congo",
      scope: "GS",
      t: 1.1,
    });
    expect(parsed.rows.find((r) => r.country === "Türkiye")?.countryId).toBe("TUR");
    expect(
      parsed.rows.find(
        (r) =>
          r.materialId === "tin" &&
          r.scope === "EU" &&
          r.stageId === "processing" &&
          r.countryId === "CHN",
      )?.t,
    ).toBe(1.492);
  });

  it("reports a country it does not know and a duplicate, and stores the rest", () => {
    const bad = `${text}Cobalt,Atlantis,1.1,primary,world,EUREPORT,2025\nCobalt,DR Congo,1.1,primary,world,EUREPORT,2025\n`;
    const again = parseEuTrade(bad, ctx);
    expect(again.rows).toHaveLength(121);
    expect(again.issues.map((i) => [i.line, i.reason])).toEqual([
      [123, "unknown_country"],
      [124, "duplicate"],
    ]);
  });
});
