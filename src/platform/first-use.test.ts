import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { onFirstImport, onFirstUse } from "./first-use.ts";

const require = createRequire(import.meta.url);

describe("onFirstUse", () => {
  it("loads the package at the first call, not before, and keeps it", () => {
    // Nothing else in this file loads qrcode, so its entry in the module cache is ours.
    const file = require.resolve("qrcode");
    const qrcode = onFirstUse<{ toString: unknown }>("qrcode");
    expect(require.cache[file]).toBeUndefined();
    const first = qrcode();
    expect(require.cache[file]).toBeDefined();
    expect(typeof first.toString).toBe("function");
    expect(qrcode()).toBe(first);
  });

  it("names the package when it is not installed", () => {
    expect(() => onFirstUse("no-such-package-alliage")()).toThrow(/no-such-package-alliage/);
  });
});

describe("onFirstImport", () => {
  it("loads at the first call, not before, and keeps what it loaded", async () => {
    let loads = 0;
    const module = { name: "chargé" };
    const load = onFirstImport(async () => {
      loads += 1;
      return module;
    });
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(module);
    expect([a, b]).toEqual([module, module]);
    expect(loads).toBe(1);
  });

  it("tries again after a failed load", async () => {
    let loads = 0;
    const load = onFirstImport(async () => {
      loads += 1;
      if (loads === 1) throw new Error("échec de chargement");
      return loads;
    });
    await expect(load()).rejects.toThrow("échec de chargement");
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
  });
});
