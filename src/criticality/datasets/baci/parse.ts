import { type ImportSource, ImportSourceTable } from "./aggregate.ts";
import { BaciFormatError, checkHeader, type MalformedLine } from "./format.ts";
import { compileHsMap, type HsMaterialMap } from "./hs-map.ts";
import { BaciScanner } from "./scanner.ts";

export type ReadProgress = { bytesRead: number; totalBytes: number | undefined };

export type ParseOptions = {
  /** Called after each chunk read. */
  onProgress?: (progress: ReadProgress) => void;
  /** The file's size, when known, passed on to onProgress. */
  totalBytes?: number;
};

export type BaciParseReport = {
  /** Data lines read (blank lines aside), malformed ones included. */
  rowsRead: number;
  /** Well-formed rows whose HS code is in the map. */
  rowsMatched: number;
  malformedCount: number;
  /** The first malformed lines, with their line numbers (the header is line 1). */
  malformed: MalformedLine[];
  /** Every year met in a well-formed row, mapped or not: the years the file speaks for. */
  years: number[];
  bytesRead: number;
  ms: number;
};

export type BaciParseResult = { aggregates: ImportSource[]; report: BaciParseReport };

// No BACI line comes near this; a file without line breaks must not be held in memory whole.
export const MAX_LINE_BYTES = 64 * 1024;

/**
 * Reads a BACI year file as it streams in and sums it into import sources (importer ×
 * material × year × exporter). Memory holds one chunk, one partial line and the sums.
 */
export async function parseBaciStream(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  hsToMaterials: HsMaterialMap,
  options: ParseOptions = {},
): Promise<BaciParseResult> {
  const started = performance.now();
  const map = compileHsMap(hsToMaterials);
  const table = new ImportSourceTable(map);
  const scanner = new BaciScanner(map, table);
  const lines = new LineJoiner(scanner);
  let bytesRead = 0;
  for await (const piece of stream) {
    const chunk = typeof piece === "string" ? Buffer.from(piece) : piece;
    bytesRead += chunk.length;
    lines.push(chunk);
    options.onProgress?.({ bytesRead, totalBytes: options.totalBytes });
  }
  lines.end();
  return {
    aggregates: table.toList(),
    report: {
      rowsRead: scanner.rowsRead,
      rowsMatched: scanner.rowsMatched,
      malformedCount: scanner.malformedCount,
      malformed: scanner.malformed,
      years: [...scanner.years].sort((a, b) => a - b),
      bytesRead,
      ms: Math.round(performance.now() - started),
    },
  };
}

const NO_BYTES = new Uint8Array(0);

/** Handles what chunks cut: the header, and lines that straddle two chunks. */
class LineJoiner {
  private header = true;
  /** The start of a line whose end is in a later chunk (null when the last chunk ended one). */
  private pending: Uint8Array | null = NO_BYTES;
  private skipping = false;

  constructor(private readonly scanner: BaciScanner) {}

  push(chunk: Uint8Array) {
    let from = 0;
    if (this.pending) {
      const nl = chunk.indexOf(10);
      if (nl < 0) return this.hold(chunk);
      if (!this.skipping) this.complete(concat(this.pending, chunk.subarray(0, nl + 1)));
      this.pending = null;
      this.skipping = false;
      from = nl + 1;
    }
    const rest = this.scanner.scan(chunk, from, false);
    // A copy, so that the chunk itself can be freed.
    if (rest < chunk.length) this.hold(Uint8Array.prototype.slice.call(chunk, rest));
  }

  end() {
    if (this.pending && !this.skipping && (this.pending.length > 0 || this.header)) {
      this.complete(this.pending);
    }
    this.pending = null;
  }

  private complete(line: Uint8Array) {
    if (!this.header) {
      this.scanner.scan(line, 0, true);
      return;
    }
    const text = Buffer.from(line).toString("utf8");
    if (text.replace(/^\uFEFF/, "").trim() === "") throw new BaciFormatError("empty");
    const found = checkHeader(text);
    if (found !== null) throw new BaciFormatError("header", found);
    this.header = false;
  }

  private hold(bytes: Uint8Array) {
    if (this.skipping) return;
    const held = this.pending ? concat(this.pending, bytes) : bytes;
    if (held.length <= MAX_LINE_BYTES) {
      this.pending = held;
      return;
    }
    if (this.header) throw new BaciFormatError("header", Buffer.from(held).toString("utf8", 0, 80));
    this.scanner.tooLong(held, MAX_LINE_BYTES);
    this.pending = NO_BYTES;
    this.skipping = true;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
