import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { onFirstUse } from "./first-use.ts";

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
