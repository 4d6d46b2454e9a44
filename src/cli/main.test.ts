import { describe, expect, it } from "vitest";
import { main } from "./main.ts";
import { cli } from "./messages.ts";

/** Runs the tool in-process; none of these cases reaches the database. */
async function alliage(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    env: { ALLIAGE_DATA_DIR: "/nonexistent/alliage", LOG_LEVEL: "silent", ...env },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    interactive: false,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("alliage", () => {
  it("refuses an invalid configuration, naming the variable", async () => {
    const run = await alliage(["users", "list"], { PORT: "abc" });
    expect(run.code).toBe(1);
    expect(run.err).toContain("PORT");
    expect(run.err).toContain("abc");
  });

  it("answers an unknown command with exit code 2 and the usage", async () => {
    const run = await alliage(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(cli("fr", "unknownCommand", { name: "frobnicate" }));
    expect(run.err).toContain("db backup");
  });

  it("prints the usage on request, in English when the locale is English", async () => {
    expect((await alliage([])).code).toBe(2);
    const help = await alliage(["help"], { LANG: "en_CA.UTF-8" });
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: alliage COMMAND");
  });

  it("answers an unknown db action or a missing file with exit code 2", async () => {
    expect((await alliage(["db", "vacuum"])).code).toBe(2);
    const run = await alliage(["db", "backup"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(cli("fr", "missingFile", { action: "backup" }));
    expect((await alliage(["db", "restore", "a.sql", "b.sql", "--yes"])).code).toBe(2);
    expect((await alliage(["db", "restore", "a.sql", "--force"])).code).toBe(2);
  });

  it("refuses to restore a file that does not exist", async () => {
    const run = await alliage(["db", "restore", "/nonexistent/backup.sql", "--yes"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(cli("fr", "fileNotFound", { file: "/nonexistent/backup.sql" }));
  });
});
