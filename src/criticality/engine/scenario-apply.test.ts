import { describe, expect, it } from "vitest";
import { shiftSourcing } from "./scenario-apply.ts";

// Hand computations in the comments; exact equality (multiplications of small integers).
describe("shiftSourcing (the sourcing_shift change)", () => {
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
    const out = shiftSourcing(src, "CAN", 45);
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
    const out = shiftSourcing(src, "AUS", 1000);
    expect(out.rows.find((r) => r.country === "AUS")?.quantity).toBe(95);
    expect(out.rows.find((r) => r.country === "CHN")?.quantity).toBe(0);
    expect(out.rows.reduce((a, r) => a + r.quantity, 0)).toBe(105);
  });
  it("leaves a party alone when the country is its own, or when nothing can be displaced", () => {
    expect(shiftSourcing(src, "DEU", 20)).toBe(src);
    const onlyCanada = { ...src, rows: [{ country: "CAN", quantity: 5 }] };
    expect(shiftSourcing(onlyCanada, "CAN", 20)).toBe(onlyCanada);
  });
});
