import { describe, expect, it } from "vitest";
import { presentRate, presentRateUsed } from "./present.ts";
import { invert, parseRate } from "./rate.ts";

describe("presentRate", () => {
  it("maps every column to its camelCase field", () => {
    expect(
      presentRate({
        base: "EUR",
        quote: "CAD",
        on_date: "2026-01-02",
        rate: "1.4850",
        source: "Banque du Canada",
      }),
    ).toEqual({
      base: "EUR",
      quote: "CAD",
      onDate: "2026-01-02",
      rate: "1.4850",
      source: "Banque du Canada",
    });
  });
});

describe("presentRateUsed", () => {
  const row = {
    base: "EUR",
    quote: "CAD",
    on_date: "2024-01-02",
    rate: "1.4683",
    source: "Banque du Canada",
  } as const;

  it("shows the stored decimal, with the row's date and source", () => {
    expect(presentRateUsed({ rate: parseRate("1.4683"), row, inverted: false })).toEqual({
      decimal: "1.4683",
      onDate: "2024-01-02",
      source: "Banque du Canada",
    });
  });

  it("shows eight decimals of an inverted rate", () => {
    const inverted = { rate: invert(parseRate("1.4683")), row, inverted: true };
    expect(presentRateUsed(inverted).decimal).toBe("0.68105973");
  });
});
