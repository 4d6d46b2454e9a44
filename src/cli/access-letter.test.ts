import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractText } from "../access/redaction/pdf-info.ts";
import { FIRST_OPEN, useCliSandbox } from "./cli-sandbox.ts";

const sandbox = useCliSandbox();
const alliage = (...argv: string[]) => sandbox.run(argv);
const flat = (pages: string[]) => pages.join("\n").replace(/\s+/g, " ");

describe("alliage access letter, on the seed's case loaded by db seed --demo", () => {
  it("writes the decision letter of 202311-76 as it was sent", FIRST_OPEN, async () => {
    expect((await alliage("db", "seed", "--demo")).code).toBe(0);
    const out = path.join(sandbox.dir(), "decision.pdf");
    const run = await alliage("access", "letter", "202311-76", "--format", "pdf", "--out", out);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(out));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = flat(await extractText(bytes));
    expect(text).toContain("202311-76");
    expect(text).toMatch(/20 décembre 2023/);
    expect(text).toMatch(/30 novembre 2023/);
    expect(text).toMatch(/accessible/i);
    expect(text).toMatch(/Commission d’accès à l’information/);
    expect(text).toMatch(/30 jours/);
    // Review until 20 December 2023 + 30 days = 19 January 2024.
    expect(text).toMatch(/19 janvier 2024/);
  });

  it("seeds the demonstration once: a second run changes nothing", async () => {
    expect((await alliage("db", "seed", "--demo")).code).toBe(0);
    const db = await sandbox.open();
    try {
      const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM access_letters");
      expect(rows[0]?.n).toBe(1);
      const [published] = await db.query<{ published_on: string; outcome: string }>(
        "SELECT published_on, outcome FROM access_requests WHERE reference = '202311-76'",
      );
      expect(published).toEqual({ published_on: "2023-12-21", outcome: "full" });
    } finally {
      await db.close();
    }
  });

  it("gives an editable DOCX too", async () => {
    const out = path.join(sandbox.dir(), "decision.docx");
    const run = await alliage("access", "letter", "202311-76", "--format", "docx", "--out", out);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("names an unknown reference, in French", async () => {
    const run = await alliage("access", "letter", "202312-999", "--out", "/tmp/x.pdf");
    expect(run.code).toBe(1);
    expect(run.err).toContain("Aucune demande d’accès ne porte le numéro 202312-999");
  });
});
