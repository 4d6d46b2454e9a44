import { describe, expect, it } from "vitest";
import { describeMalformed } from "./format.ts";
import { MAX_LINE_BYTES, parseBaciStream } from "./parse.ts";

const MAP = { "081110": ["fruit"], "260400": ["nickel"], "282200": ["cobalt"] };

async function parse(...rows: string[]) {
  return parseBaciStream([Buffer.from(`t,i,j,k,v,q\n${rows.join("\n")}\n`)], MAP);
}

describe("BACI lines", () => {
  it("matches HS codes written with or without their leading zero, quoted or not", async () => {
    const { aggregates, report } = await parse(
      "2022,4,8,81110,1,1",
      '2022,4,8,"081110",2,2',
      "2022,4,8,081110,4,4",
      '2022,4,8," 81110 ",8,8',
      "2022,4,8,811100,16,16",
    );
    expect(report.rowsMatched).toBe(4);
    expect(aggregates).toEqual([
      expect.objectContaining({ material: "fruit", valueUsd: 15_000, quantityKg: 15_000, rows: 4 }),
    ]);
  });

  it("keeps three decimals exactly: kUSD become USD, tonnes become kg", async () => {
    const { aggregates } = await parse(
      "2022,156,699,260400,23685.927,8047.4",
      "2022,156,699,260400,0.001,0.002",
      "2022,156,699,260400,1e3,1.5E-3",
      "2022,156,699,260400,0.0004,0.0125",
    );
    expect(aggregates).toEqual([
      {
        year: 2022,
        importer: 699,
        exporter: 156,
        material: "nickel",
        valueUsd: 23_685_927 + 1 + 1_000_000 + 0,
        quantityKg: 8_047_400 + 2 + 2 + 13,
        rows: 4,
        rowsWithoutQuantity: 0,
      },
    ]);
  });

  it("counts rows without a quantity (NA, padded NA, empty) and keeps the others' sum", async () => {
    const { aggregates, report } = await parse(
      "2022,4,8,260400,1,NA",
      "2022,4,8,260400,1,         NA",
      "2022,4,8,260400,1,",
      '2022,4,8,260400,1,"na"',
      "2022,4,8,260400,1,   2.5",
      "2022,4,12,260400,1,NA",
    );
    expect(report.malformedCount).toBe(0);
    expect(
      aggregates.map((a) => [a.importer, a.quantityKg, a.rows, a.rowsWithoutQuantity]),
    ).toEqual([
      [8, 2500, 5, 4],
      [12, null, 1, 1],
    ]);
  });

  it("skips malformed lines, saying which and why, and goes on", async () => {
    const { aggregates, report } = await parse(
      "2022,4,8,260400,1,1", // line 2
      "2022,4,8,260400,1", // 3: a field missing
      "2022,4,8,260400,1,1,1", // 4: one too many
      "2022,4,8,26O400,1,1", // 5: letter O for zero
      "2022,4,8,2604.00,1,1", // 6: a decimal point in a code
      "2022,4,1008,260400,1,1", // 7: not a country code
      "2022,4,8,260400,,1", // 8: no value
      "2022,4,8,260400,abc,1", // 9
      "2022,4,8,260400,1,-2", // 10: negative quantity
      "", // 11: blank, ignored
      "2022,4,8,260400,2,2", // 12
    );
    expect(report.malformed.map((m) => [m.line, m.reason, m.field ?? null, m.found])).toEqual([
      [3, "field_count", null, "5"],
      [4, "field_count", null, "7"],
      [5, "non_numeric", "k", "26O400"],
      [6, "non_numeric", "k", "2604.00"],
      [7, "out_of_range", "j", "1008"],
      [8, "value_missing", "v", ""],
      [9, "non_numeric", "v", "abc"],
      [10, "non_numeric", "q", "-2"],
    ]);
    expect(report.malformed[0]?.text).toBe("2022,4,8,260400,1");
    expect(report).toMatchObject({ rowsRead: 10, rowsMatched: 2, malformedCount: 8 });
    expect(aggregates[0]).toMatchObject({ valueUsd: 3000, rows: 2 });
    expect(describeMalformed("en", report.malformed[2] ?? { line: 0, reason: "field_count" })).toBe(
      "line 5: field k is not a number (26O400)",
    );
    expect(describeMalformed("fr", report.malformed[0] ?? { line: 0, reason: "field_count" })).toBe(
      "ligne 3\u00a0: 5 champs au lieu de 6",
    );
  });

  it("skips a line too long to be BACI without holding it, and reads on", async () => {
    const long = `2022,4,8,260400,${"9".repeat(MAX_LINE_BYTES * 3)},1`;
    const pieces = [`t,i,j,k,v,q\n2022,4,8,260400,1,1\n${long}\n2022,4,8,260400,2,2`];
    const text = Buffer.from(pieces.join(""));
    const chunked = Array.from({ length: Math.ceil(text.length / 1000) }, (_, n) =>
      text.subarray(n * 1000, (n + 1) * 1000),
    );
    const { aggregates, report } = await parseBaciStream(chunked, MAP);
    expect(report.malformed.map((m) => [m.line, m.reason])).toEqual([[3, "line_too_long"]]);
    expect(report.malformed[0]?.text?.length).toBe(120);
    expect(aggregates[0]).toMatchObject({ valueUsd: 3000, rows: 2 });
  });

  it("keeps the years of every well-formed row, mapped or not", async () => {
    const { report } = await parse("2021,4,8,260400,1,1", "2022,4,8,999999,1,1", "2021,4,8,10,1,1");
    expect(report.years).toEqual([2021, 2022]);
  });
});
