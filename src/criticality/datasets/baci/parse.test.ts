import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ImportSource } from "./aggregate.ts";
import { BaciFormatError } from "./format.ts";
import { MAX_LINE_BYTES, parseBaciStream } from "./parse.ts";
import { type SyntheticLine, seededRandom, syntheticBaciText } from "./synthetic.ts";

// Cobalt has two codes, 810520 counts for two materials, 081110 is written with and without
// its leading zero by the generator.
const MAP = {
  "260400": ["nickel"],
  "282200": ["cobalt"],
  "810520": ["cobalt", "cobalt-metal"],
  "081110": ["fruit"],
};
const MAPPED = Object.keys(MAP);

const parseText = (text: string, chunk = 1 << 16) => parseBaciStream(chunks(text, chunk), MAP);

/** The text cut into pieces of `size` bytes, or of random sizes below -size. */
function* chunks(text: string, size: number) {
  const bytes = Buffer.from(text);
  const rand = seededRandom(7);
  for (let p = 0; p < bytes.length; ) {
    const n = size > 0 ? size : 1 + Math.floor(rand() * -size);
    yield bytes.subarray(p, p + n);
    p += n;
  }
}

/** The same sums, done the plain way from the generator's own numbers. */
function expectedSources(lines: SyntheticLine[]): ImportSource[] {
  const byKey = new Map<string, ImportSource>();
  for (const { row } of lines) {
    if (!row) continue;
    for (const material of MAP[String(row.k).padStart(6, "0") as keyof typeof MAP] ?? []) {
      const key = [row.t, material, row.j, row.i].join("|");
      const s = byKey.get(key) ?? {
        year: row.t,
        importer: row.j,
        exporter: row.i,
        material,
        valueUsd: 0,
        quantityKg: null,
        rows: 0,
        rowsWithoutQuantity: 0,
      };
      s.valueUsd += row.valueUsd;
      s.rows += 1;
      if (row.quantityKg === null) s.rowsWithoutQuantity += 1;
      else s.quantityKg = (s.quantityKg ?? 0) + row.quantityKg;
      byKey.set(key, s);
    }
  }
  return sorted([...byKey.values()]);
}

const sorted = (list: ImportSource[]) =>
  [...list].sort(
    (a, b) =>
      a.year - b.year ||
      a.material.localeCompare(b.material) ||
      a.importer - b.importer ||
      a.exporter - b.exporter,
  );

describe("parseBaciStream on a generated file", () => {
  const opts = {
    rows: 20_000,
    seed: 42,
    mappedCodes: MAPPED,
    mappedShare: 0.2,
    malformedShare: 0.003,
  };
  const { text, lines } = syntheticBaciText(opts);

  it("sums value, quantity and rows per importer × material × year × exporter", async () => {
    const { aggregates, report } = await parseText(text);
    expect(sorted(aggregates)).toEqual(expectedSources(lines));
    expect(report.rowsRead).toBe(20_000);
    expect(report.rowsMatched).toBe(
      lines.filter((l) => l.row && MAPPED.some((c) => Number(c) === l.row?.k)).length,
    );
    expect(report.years).toEqual([2022]);
    expect(report.bytesRead).toBe(Buffer.byteLength(text));
  });

  it("reports the malformed lines by number, the first 20 in full", async () => {
    const { report } = await parseText(text);
    const bad = lines.filter((l) => l.malformed);
    expect(bad.length).toBeGreaterThan(20);
    expect(report.malformedCount).toBe(bad.length);
    expect(report.malformed.map((m) => [m.line, m.reason])).toEqual(
      bad.slice(0, 20).map((l) => [l.line, l.malformed]),
    );
    expect(report.malformed[0]?.text).toBe(bad[0]?.text.trimEnd());
  });

  it("gives the same result however the bytes are cut, and with CRLF line ends", async () => {
    const whole = await parseText(text);
    const crumbs = await parseText(text, -37);
    expect(crumbs.aggregates).toEqual(whole.aggregates);
    expect(crumbs.report.malformed).toEqual(whole.report.malformed);
    const crlf = syntheticBaciText({ ...opts, crlf: true });
    const windows = await parseText(crlf.text, -500);
    expect(windows.aggregates).toEqual(whole.aggregates);
    expect(windows.report.malformed.map((m) => m.line)).toEqual(
      whole.report.malformed.map((m) => m.line),
    );
  });

  it("tells how far it has read after each chunk", async () => {
    const seen: number[] = [];
    await parseBaciStream(Readable.from(chunks(text, 4096)), MAP, {
      totalBytes: Buffer.byteLength(text),
      onProgress: (p) => {
        expect(p.totalBytes).toBe(Buffer.byteLength(text));
        seen.push(p.bytesRead);
      },
    });
    expect(seen.length).toBe(Math.ceil(Buffer.byteLength(text) / 4096));
    expect(seen.at(-1)).toBe(Buffer.byteLength(text));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe("the header", () => {
  const reasonOf = (text: string) =>
    parseText(text).then(
      () => "accepted",
      (e: unknown) => (e instanceof BaciFormatError ? `${e.reason}: ${e.found}` : String(e)),
    );

  it("refuses a file without the BACI header, saying what it found", async () => {
    expect(await reasonOf("year,exporter,importer,product,value\n2022,4,8,260400,1\n")).toBe(
      "header: year,exporter,importer,product,value",
    );
    expect(await reasonOf("2022,4,8,260400,1.5,2\n")).toBe("header: 2022,4,8,260400,1.5,2");
    expect(await reasonOf("t,i,j,k,v\n")).toBe("header: t,i,j,k,v");
    expect(await reasonOf("x".repeat(MAX_LINE_BYTES + 10))).toMatch(/^header: x{80}$/);
  });

  it("refuses an empty file", async () => {
    expect(await reasonOf("")).toBe("empty: ");
    expect(await reasonOf("\uFEFF\n")).toBe("empty: ");
  });

  it("accepts a byte-order mark, quotes, CRLF, capitals and a file with no rows", async () => {
    expect(await reasonOf('\uFEFF"t","i","j","k","v","q"\r\n2022,4,8,260400,1,2\r\n')).toBe(
      "accepted",
    );
    expect(await reasonOf("T,I,J,K,V,Q")).toBe("accepted");
    const empty = await parseText("t,i,j,k,v,q\n");
    expect(empty.aggregates).toEqual([]);
    expect(empty.report).toMatchObject({ rowsRead: 0, malformedCount: 0, years: [] });
  });

  it("is a validation error with the reason in both languages", async () => {
    const error = await parseText("a,b\n").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaciFormatError);
    const e = error as BaciFormatError;
    expect([e.id, e.status]).toEqual(["validation_failed", 422]);
    expect(e.message).toBe(
      "This file is not in the BACI format: the header must be “t,i,j,k,v,q”, it is “a,b”",
    );
    expect(e.reasonIn("en")).toBe("the header must be “t,i,j,k,v,q”, it is “a,b”");
    expect(e.fields.file?.fr).toContain("l’en-tête doit être «\u00a0t,i,j,k,v,q\u00a0»");
  });
});
