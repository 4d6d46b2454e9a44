import { describe, expect, it } from "vitest";
import { parseCell, parseNumber } from "./values.ts";

describe("parseCell", () => {
  it.each([
    ["226,000", 226000, null],
    ["1,700,000", 1700000, null],
    ["0.7", 0.7, null],
    [">95", 95, "greater_than"],
    ["<1", 1, "less_than"],
    [">17,000,000", 17000000, "greater_than"],
    ["68\u00a0", 68, null],
    ["—", 0, null],
    ["--", 0, null],
    ["W", null, "withheld"],
    ["E", null, "net_exporter"],
    ["s", null, "negligible"],
  ])("reads %j", (raw, value, qualifier) => {
    expect(parseCell(raw)).toEqual({ ok: true, value, qualifier });
  });

  it.each([
    ["NA", "not_available"],
    ["XX", "not_available"],
    ["", "not_available"],
    ["Large", "descriptive_value"],
    ["Moderate to large", "descriptive_value"],
    ["10,000 - 15,000", "range_value"],
    ["?1", "bad_number"],
    ["281%", "bad_number"],
    ["12,34", "bad_number"],
  ])("refuses %j as %s", (raw, reason) => {
    expect(parseCell(raw)).toEqual({ ok: false, reason });
  });

  it("reads scientific notation and signs, not stray words", () => {
    expect(parseNumber("4.705896208179183e-05")).toBeCloseTo(4.7059e-5, 8);
    expect(parseNumber("-0.44107362627983093")).toBeCloseTo(-0.441, 3);
    expect(parseNumber("w")).toBeUndefined();
  });
});
