import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticBaciText, writeSyntheticBaci } from "./synthetic.ts";

describe("synthetic BACI files", () => {
  const options = { rows: 3000, mappedCodes: ["260400", "081110"], malformedShare: 0.01 };

  it("are the same for the same seed and differ for another", () => {
    const a = syntheticBaciText({ ...options, seed: 9 });
    expect(syntheticBaciText({ ...options, seed: 9 }).text).toBe(a.text);
    expect(syntheticBaciText({ ...options, seed: 10 }).text).not.toBe(a.text);
    expect(a.text.startsWith("t,i,j,k,v,q\n")).toBe(true);
  });

  it("look like BACI: many countries and products, some NA, some leading zeros", () => {
    const { lines } = syntheticBaciText({ ...options, rows: 20_000 });
    const rows = lines.flatMap((l) => (l.row ? [l.row] : []));
    expect(new Set(rows.map((r) => r.i)).size).toBeGreaterThan(150);
    expect(new Set(rows.map((r) => r.k)).size).toBeGreaterThan(2000);
    const missing = rows.filter((r) => r.quantityKg === null).length / rows.length;
    expect(missing).toBeGreaterThan(0.04);
    expect(missing).toBeLessThan(0.1);
    expect(lines.some((l) => l.text.includes(',"081110",'))).toBe(true);
    expect(lines.some((l) => l.text.includes(",81110,"))).toBe(true);
    expect(lines.filter((l) => l.malformed).length).toBeGreaterThan(100);
  });

  it("are written as generated, with the byte offsets of the rows asked for", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-synthetic-"));
    try {
      const file = path.join(dir, "s.csv");
      const { bytes, offsets } = await writeSyntheticBaci(file, options, [0, 1000, 3000]);
      const written = fs.readFileSync(file);
      const { text, lines } = syntheticBaciText(options);
      expect(written.toString()).toBe(text);
      expect(bytes).toBe(written.length);
      expect(offsets[0]).toBe("t,i,j,k,v,q\n".length);
      const at = offsets[1000] ?? 0;
      expect(written.toString("utf8", at, written.indexOf(10, at) + 1)).toBe(lines[1000]?.text);
      expect(offsets[3000]).toBe(written.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
