import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AreaModule } from "../platform/http/area-module.ts";
import { AREAS } from "./areas.ts";

const SRC = path.resolve(import.meta.dirname, "..");

/** Every module.ts under src/: each exports one area module. */
function moduleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(full);
    return entry.name === "module.ts" ? [full] : [];
  });
}

describe("the composition root", () => {
  it("lists every area module of src/ exactly once", async () => {
    const files = moduleFiles(SRC);
    expect(files.length).toBeGreaterThanOrEqual(9);
    const found: AreaModule[] = [];
    for (const file of files) {
      const exported = Object.values(await import(file)) as AreaModule[];
      expect(exported, path.relative(SRC, file)).toHaveLength(1);
      found.push(...exported);
    }
    for (const area of found) expect(AREAS, area.name).toContain(area);
    expect(AREAS).toHaveLength(found.length);
    expect(new Set(AREAS.map((a) => a.name)).size).toBe(AREAS.length);
  });
});
