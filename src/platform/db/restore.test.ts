import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import type { ErrorId } from "../errors/catalogue.ts";
import { fill, snapshot, tmpDir } from "../testing/backup-fixtures.ts";
import { createTestDb } from "../testing/test-db.ts";
import { restoreBackup, writeBackup } from "./backup.ts";
import type { Db } from "./client.ts";

let db: Db;
let dir: string;
let backup: string;
let current: Record<string, string[]>;

beforeAll(async () => {
  dir = tmpDir();
  db = await createTestDb();
  await fill(db, "a");
  backup = path.join(dir, "sauvegarde.sql");
  await writeBackup(db, backup);
  // The database now differs from the backup: a failed restore must leave it like this.
  await fill(db, "b");
  current = await snapshot(db);
});

afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the backup with its lines edited. */
function variant(edit: (lines: string[]) => string[]): string {
  const file = path.join(dir, `variante-${Math.random().toString(36).slice(2)}.sql`);
  fs.writeFileSync(file, edit(fs.readFileSync(backup, "utf8").split("\n")).join("\n"));
  return file;
}

const insertIndexes = (lines: string[]) =>
  lines.flatMap((l, i) => (l.startsWith("INSERT INTO ") ? [i] : []));

async function expectRefused(file: string, id: ErrorId, message?: RegExp) {
  // Batches of one: the earlier lines have run when the bad one fails.
  const error = await restoreBackup(db, file, { batchSize: 1 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).id).toBe(id);
  if (message) expect((error as AppError).messageIn("fr")).toMatch(message);
  expect(await snapshot(db)).toEqual(current);
}

describe("restoreBackup refuses, and changes nothing", () => {
  it("when a line in the middle is corrupted", async () => {
    let at = 0;
    const file = variant((lines) => {
      at = insertIndexes(lines)[3] as number;
      const line = lines[at] as string;
      lines[at] = `${line.slice(0, line.length / 2)}');`;
      return lines;
    });
    await expectRefused(file, "backup_invalid", new RegExp(`ligne ${at + 1}\\b`));
  });

  it("when a line would close its literal early and run more SQL", async () => {
    const file = variant((lines) => {
      const at = insertIndexes(lines)[2] as number;
      lines[at] = (lines[at] as string).replace(
        '{"id":',
        `{"x":"'); DELETE FROM users; --", "id":`,
      );
      return lines;
    });
    await expectRefused(file, "backup_invalid", /n’a pas la forme attendue/);
  });

  it("when the database rejects a late line, after the earlier ones were loaded", async () => {
    let at = 0;
    const file = variant((lines) => {
      const first = lines[insertIndexes(lines)[0] as number] as string;
      at = lines.indexOf("COMMIT;");
      lines.splice(at, 0, first);
      return lines;
    });
    await expectRefused(file, "backup_invalid", new RegExp(`refusé la ligne ${at + 1}\\b`));
  });

  it("when a statement of another kind slipped in", async () => {
    const file = variant((lines) => {
      lines.splice(insertIndexes(lines)[1] as number, 0, "DROP TABLE users;");
      return lines;
    });
    await expectRefused(file, "backup_invalid");
  });

  it("when the file was cut short", async () => {
    const file = variant((lines) => lines.slice(0, insertIndexes(lines)[4]));
    await expectRefused(file, "backup_invalid", /incomplet/);
  });

  it("when the file is not a backup, or of a newer format", async () => {
    for (const text of ["", "bonjour\n", "-- Alliage backup v2\nBEGIN;\nCOMMIT;\n"]) {
      const file = path.join(dir, "autre.sql");
      fs.writeFileSync(file, text);
      await expectRefused(file, "backup_invalid");
    }
  });

  it("when its header lacks a field", async () => {
    const file = variant((lines) => lines.filter((l) => !l.startsWith("-- created:")));
    await expectRefused(file, "backup_invalid", /created/);
  });

  it("when it was taken at other migrations, naming both lists", async () => {
    const file = variant((lines) =>
      lines.map((l) => (l.startsWith("-- migrations:") ? "-- migrations: 0001_platform" : l)),
    );
    await expectRefused(file, "backup_version_mismatch", /0001_platform, 0002/);
  });
});

describe("a table with every awkward shape", () => {
  const table = `CREATE TABLE shapes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint REFERENCES shapes (id) DEFERRABLE INITIALLY IMMEDIATE,
    big numeric, huge bigint, ratio double precision, bytes bytea, tags text[],
    matrix int[][], doc json, span interval, day date, moment timestamptz, label text,
    label_upper text GENERATED ALWAYS AS (upper(label)) STORED
  ); CREATE SEQUENCE shape_numbers`;
  beforeAll(() => db.exec(table));
  afterAll(() => db.exec("DROP TABLE shapes; DROP SEQUENCE shape_numbers"));

  it("comes back identical, with its identity and sequences where they were", async () => {
    await db.query(
      `INSERT INTO shapes (big, huge, ratio, bytes, tags, matrix, doc, span, day, moment, label)
       VALUES ('12345678901234567890.123456789', $1::text::bigint, 0.1, '\\x00ff275c'::bytea,
               ARRAY['a''b', 'c,d', NULL, '"q"', '\\'], '{{1,2},{3,4}}',
               '{"b": 1,  "a": [1, 2]}', '1 year 2 mons 3 days 04:05:06.789', '2024-02-29',
               '2024-02-29 23:59:59.999999+05', $2),
              (NULL, NULL, 'NaN', NULL, '{}', NULL, NULL, NULL, 'infinity', NULL, NULL)`,
      ["9007199254740993", "l'été"],
    );
    // The first row points to the second: only a deferred check lets it be loaded first.
    await db.query("UPDATE shapes SET parent_id = 2 WHERE id = 1");
    await db.query("SELECT nextval('shape_numbers') FROM generate_series(1, 3)");
    const file = path.join(dir, "formes.sql");
    await writeBackup(db, file);
    const before = await snapshot(db);

    await db.query("DELETE FROM shapes WHERE id = 1");
    await db.query("INSERT INTO shapes (label) VALUES ('de trop')");
    await db.query("SELECT nextval('shape_numbers') FROM generate_series(1, 3)");
    await restoreBackup(db, file);

    expect(await snapshot(db)).toEqual(before);
    const [next] = await db.query<{ n: number }>("SELECT nextval('shape_numbers') AS n");
    expect(next?.n).toBe(4);
    const [added] = await db.query<{ id: number }>(
      "INSERT INTO shapes (label) VALUES ('nouveau') RETURNING id",
    );
    // The identity had given 1 and 2 at the backup; the row added since is forgotten.
    expect(added?.id).toBe(3);
  });

  it("keeps a json value written over several lines, its line breaks becoming spaces", async () => {
    await db.query(`UPDATE shapes SET doc = '{"x":\n1}' WHERE id = 1`);
    const file = path.join(dir, "lignes.sql");
    await writeBackup(db, file);
    await restoreBackup(db, file);
    const [row] = await db.query<{ doc: string }>(
      "SELECT doc::text AS doc FROM shapes WHERE id = 1",
    );
    expect(row?.doc).toBe('{"x": 1}');
  });
});
