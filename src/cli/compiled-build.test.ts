import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript, so that it runs before anything is compiled
import { build, sourceKey } from "../../scripts/build.js";

const run = promisify(execFile);

/** The compiled build that `npm install` makes and `bin/alliage.js` runs. */
describe("the compiled build", () => {
  let out = "";
  beforeAll(async () => {
    out = await build();
  }, 120_000);

  const files = () =>
    fs
      .readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(out, path.join(e.parentPath, e.name)));

  it("compiles every source but the tests, and copies the files they read beside them", () => {
    const all = files();
    expect(all).toContain(path.join("cli", "main.js"));
    expect(all).toContain(path.join("platform", "web", "static", "alliage.css"));
    expect(all.some((f) => f.startsWith(path.join("access", "letters", "templates")))).toBe(true);
    expect(all.filter((f) => /\.test\.js$|\.tsx?$/.test(f))).toEqual([]);
  });

  it("leaves no import of a TypeScript file, and keeps lazy imports lazy", () => {
    const main = fs.readFileSync(path.join(out, "cli", "main.js"), "utf8");
    expect(main).toMatch(/import\("\.\/users\.js"\)/);
    for (const file of files().filter((f) => f.endsWith(".js"))) {
      const text = fs.readFileSync(path.join(out, file), "utf8");
      expect(text, file).not.toMatch(
        /from\s*"\.{1,2}\/[^"]+\.tsx?"|import\("\.{1,2}\/[^"]+\.tsx?"\)/,
      );
    }
  });

  it("runs: finds the project's data from the build directory", async () => {
    const entry = pathToFileURL(path.join(out, "cli", "main.js")).href;
    const script = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(["access", "deadline", "--received", "2023-11-30"]);`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, LANG: "fr_CA.UTF-8" },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/20\sdécembre\s2023/);
  });

  it("keys a build by its sources: an edited file gives another key", () => {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-key-"));
    try {
      fs.writeFileSync(path.join(src, "a.ts"), "export const a = 1;\n");
      const first = sourceKey(src);
      expect(sourceKey(src)).toBe(first);
      fs.writeFileSync(path.join(src, "a.ts"), "export const a = 22;\n");
      expect(sourceKey(src)).not.toBe(first);
    } finally {
      fs.rmSync(src, { recursive: true, force: true });
    }
  });
});
