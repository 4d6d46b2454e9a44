import { describe, expect, it } from "vitest";
import { importFromNewSupplier } from "./party-supply.ts";

describe("importFromNewSupplier", () => {
  const src = {
    rows: [
      { country: "DEU", quantity: 10 },
      { country: "CHN", quantity: 60 },
      { country: "MOZ", quantity: 30 },
      { country: "CAN", quantity: 5 },
    ],
    importReliance: 0.9,
    domestic: ["DEU"],
  };
  it("replaces the other imports pro rata, keeping consumption and IR", () => {
    const out = importFromNewSupplier(src, "CAN", 45);
    // others 90 → 45: CHN 60·45/90 = 30, MOZ 30·45/90 = 15; CAN 5 + 45 = 50; DEU unchanged.
    expect(out.rows).toEqual([
      { country: "DEU", quantity: 10 },
      { country: "CHN", quantity: 30 },
      { country: "MOZ", quantity: 15 },
      { country: "CAN", quantity: 50 },
    ]);
    expect(out.importReliance).toBe(0.9);
  });
  it("supplies at most all other imports, and adds a new supplier row", () => {
    const out = importFromNewSupplier(src, "AUS", 1000);
    expect(out.rows.find((r) => r.country === "AUS")?.quantity).toBe(95);
    expect(out.rows.find((r) => r.country === "CHN")?.quantity).toBe(0);
    expect(out.rows.reduce((a, r) => a + r.quantity, 0)).toBe(105);
  });
});
