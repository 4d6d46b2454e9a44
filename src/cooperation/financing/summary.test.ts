// The portfolio summary reads the rollups of migration 0025, which triggers keep beside the
// lines. It is checked here against a computation from the lines themselves, written apart from
// the application (its own visibility rule, sums and rounding), on generated data: confidential
// projects and lines (to either party, even to the party the project is not confidential to),
// unpublished projects, both currencies, amounts past 2^53 cents, projects in several lines of
// action; then again after every kind of write the triggers must follow, after a restore and
// after the lines are emptied. PGlite by default, PostgreSQL with DATABASE_URL.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDeclaration } from "../../declaration/seed.ts";
import { restoreBackup, writeBackup } from "../../platform/db/backup.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { tmpDir } from "../../platform/testing/backup-fixtures.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import type { Visibility } from "../shared/visibility.ts";
import { computePortfolioSummary, DIMENSIONS } from "./summary.ts";
import {
  expectedSummary,
  type Project,
  readAll,
  rollupDifferences,
} from "./summary-test-helpers.ts";

const AT = "2025-06-30";
const VIEWS: Visibility[] = [
  { kind: "all" },
  { kind: "party", party: "qc" },
  { kind: "party", party: "fr" },
  { kind: "shared" },
  { kind: "public" },
];
const KINDS = ["survey", "exploration", "extraction", "recycling", "research"];

/** Deterministic pseudo-random numbers (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}
const rnd = random(20251207);

/** The summary against the computation from the lines, for every point of view and currency. */
async function expectSummariesMatchLines(db: Db): Promise<number> {
  const data = await readAll(db);
  let compared = 0;
  for (const v of VIEWS) {
    for (const currency of ["EUR", "CAD"] as const) {
      const actual = await computePortfolioSummary(db, v, { currency, at: AT });
      const expected = expectedSummary(data, v, currency);
      expect({ total: actual.total, by: actual.by }, `${JSON.stringify(v)} in ${currency}`).toEqual(
        expected,
      );
      compared += actual.by.project.length;
    }
  }
  return compared;
}

describe("portfolio summary from the rollups", () => {
  let db: Db;
  let projects: Project[] = [];
  let funder = "";
  let codes: string[] = [];

  /** Lines in one statement, as an import would write them. */
  async function insertLines(count: number, into: readonly Project[] = projects) {
    const rows = Array.from({ length: count }, () => {
      const year = 2019 + rnd.int(8);
      return {
        project_id: rnd.pick(into).id,
        party: rnd.pick(["qc", "fr", "other"]),
        currency: rnd.pick(["CAD", "EUR"]),
        // One line in ten is past 2^53 cents: a double would round it.
        amount: String(
          rnd.int(10) === 0 ? 2n ** 53n + BigInt(rnd.int(1e9)) : BigInt(1 + rnd.int(1e9)),
        ),
        on: `${year}-${String(1 + rnd.int(12)).padStart(2, "0")}-${String(1 + rnd.int(28)).padStart(2, "0")}`,
        confidential_to: rnd.pick([null, null, null, "qc", "fr"]),
      };
    });
    const ids = await db.query<{ id: string }>(
      `INSERT INTO financing_commitments
         (project_id, funder_id, source, party, amount_cents, currency, committed_on, confidential_to)
       SELECT r.project_id, $2, 'public', r.party, r.amount::bigint, r.currency, r.on::date, r.confidential_to
       FROM json_to_recordset($1::json) AS r (project_id uuid, party text, amount text,
         currency text, "on" text, confidential_to text)
       RETURNING id`,
      [JSON.stringify(rows), funder],
    );
    return ids.map((r) => r.id);
  }

  async function pay(lineIds: string[]) {
    for (const id of lineIds) {
      await db.query(
        `INSERT INTO financing_disbursements (commitment_id, amount_cents, paid_on)
         SELECT $1, $2, '2025-03-01' FROM generate_series(1, $3)`,
        [id, 1 + rnd.int(1e8), 1 + rnd.int(2)],
      );
    }
  }

  beforeAll(async () => {
    db = await createTestDb();
    await seedDeclaration(db);
    codes = (await db.query<{ code: string }>("SELECT code FROM action_lines ORDER BY code")).map(
      (r) => r.code,
    );
    const [org] = await db.query<{ id: string }>(
      "INSERT INTO organisations (name, party, kind) VALUES ('Fonds fictif', 'qc', 'fund') RETURNING id",
    );
    funder = org?.id ?? "";
    for (let i = 1; i <= 30; i++) {
      const confidential = rnd.pick([null, null, "qc", "fr"]);
      const [p] = await db.query<Project>(
        `INSERT INTO projects (code, title_fr, title_en, kind, owner_party, confidential_to, published)
         VALUES ($1, $2, $3, $4, 'qc', $5, $6)
         RETURNING id, code, title_fr, title_en, kind, confidential_to, published`,
        [
          `P-2024-${String(i).padStart(3, "0")}`,
          `Projet ${i}`,
          `Project ${i}`,
          rnd.pick(KINDS),
          confidential,
          confidential === null && rnd.int(2) === 0,
        ],
      );
      projects.push(p as Project);
      const lineCodes = new Set(Array.from({ length: rnd.int(4) }, () => rnd.pick(codes)));
      for (const code of lineCodes) {
        await db.query(
          "INSERT INTO action_line_links (action_line_code, subject_type, subject_id) VALUES ($1, 'Project', $2)",
          [code, p?.id],
        );
      }
    }
    // Links the summary has never counted: another kind of subject, a project's id in capitals.
    await db.query(
      `INSERT INTO action_line_links (action_line_code, subject_type, subject_id)
       VALUES ($1, 'Call', 'appel-2025'), ($1, 'Project', upper($2))`,
      [codes[0], projects[0]?.id],
    );
    await db.query(
      `INSERT INTO exchange_rates (base, quote, on_date, rate, source)
       VALUES ('EUR', 'CAD', '2020-01-02', 1.3, 'test'), ('EUR', 'CAD', '2025-01-02', 1.48765432, 'test')`,
    );
    const lines = await insertLines(300);
    await pay(lines.filter(() => rnd.int(2) === 0));
  });
  afterAll(() => db?.close());

  it("gives, for every point of view and currency, the sums of the lines it may see", async () => {
    expect(await rollupDifferences(db)).toBe(0);
    expect(await expectSummariesMatchLines(db)).toBeGreaterThan(100);
  });

  it("follows every write: lines, disbursements, projects and their links", async () => {
    const ids = (
      await db.query<{ id: string }>("SELECT id FROM financing_commitments ORDER BY id")
    ).map((r) => r.id);
    const some = (from: number, to: number) => ids.slice(from, to);
    const write = (sql: string, params: unknown[] = []) => db.query(sql, params);
    await write("UPDATE financing_commitments SET amount_cents = amount_cents + 7 WHERE id = $1", [
      ids[0],
    ]);
    await write(
      `UPDATE financing_commitments SET party = 'other', committed_on = committed_on - 400,
         currency = CASE currency WHEN 'CAD' THEN 'EUR' ELSE 'CAD' END WHERE id = ANY($1)`,
      [some(1, 10)],
    );
    await write(
      `UPDATE financing_commitments SET confidential_to = CASE WHEN confidential_to IS NULL THEN 'fr' END
       WHERE id = ANY($1)`,
      [some(10, 20)],
    );
    await write("UPDATE financing_commitments SET project_id = $2 WHERE id = ANY($1)", [
      some(20, 25),
      projects[1]?.id,
    ]);
    await write("DELETE FROM financing_commitments WHERE id = ANY($1)", [some(30, 40)]);
    await pay(some(40, 50));
    await write(
      "UPDATE financing_disbursements SET amount_cents = amount_cents * 2 WHERE commitment_id = ANY($1)",
      [some(50, 60)],
    );
    await write("DELETE FROM financing_disbursements WHERE commitment_id = ANY($1)", [
      some(60, 70),
    ]);

    const shared = projects.filter((p) => p.confidential_to === null);
    const confidential = projects.filter((p) => p.confidential_to !== null);
    await write("UPDATE projects SET kind = 'energy' WHERE id = $1", [projects[2]?.id]);
    await write("UPDATE projects SET title_fr = 'Nouveau titre' WHERE id = $1", [projects[3]?.id]);
    await write("UPDATE projects SET confidential_to = 'fr', published = false WHERE id = $1", [
      shared[0]?.id,
    ]);
    await write("UPDATE projects SET confidential_to = NULL WHERE id = $1", [confidential[0]?.id]);
    await write("UPDATE projects SET published = NOT published WHERE confidential_to IS NULL");

    const relinked = projects[4]?.id;
    await write(
      "DELETE FROM action_line_links WHERE subject_type = 'Project' AND subject_id = $1",
      [relinked],
    );
    await write(
      "INSERT INTO action_line_links (action_line_code, subject_type, subject_id) VALUES ($1, 'Project', $3), ($2, 'Project', $3)",
      [codes[1], codes[2], relinked],
    );
    await write(
      `UPDATE action_line_links SET action_line_code = $1
       WHERE subject_type = 'Project' AND subject_id = $2 AND action_line_code = $3`,
      [codes[3], relinked, codes[2]],
    );
    // One project deleted as the projects' command does (its links first), one with its links.
    await write(
      "DELETE FROM action_line_links WHERE subject_type = 'Project' AND subject_id = $1",
      [projects[5]?.id],
    );
    await write("DELETE FROM projects WHERE id = ANY($1)", [[projects[5]?.id, projects[6]?.id]]);
    projects = projects.filter((_, i) => i !== 5 && i !== 6);
    await insertLines(40, [shared[0], confidential[0], projects[7]] as Project[]);

    expect(await rollupDifferences(db)).toBe(0);
    expect(await expectSummariesMatchLines(db)).toBeGreaterThan(100);
  });

  it("is rebuilt by a restore, which copies the lines but not the rollups", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "portefeuille.sql");
    try {
      const before = await computePortfolioSummary(
        db,
        { kind: "all" },
        { currency: "EUR", at: AT },
      );
      await writeBackup(db, file);
      expect(fs.readFileSync(file, "utf8")).not.toContain("financing_by_");
      await insertLines(10);
      await restoreBackup(db, file);
      expect(await rollupDifferences(db)).toBe(0);
      expect(
        await computePortfolioSummary(db, { kind: "all" }, { currency: "EUR", at: AT }),
      ).toEqual(before);
      await expectSummariesMatchLines(db);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // PGlite has one connection: only PostgreSQL runs two transactions at once.
  it.runIf(process.env.DATABASE_URL !== undefined)(
    "files a line written while its project changes, whichever commits first",
    async () => {
      const project = projects[8] as Project;
      const moveProject = (q: Queryable) =>
        q.query(
          `UPDATE projects SET published = false,
             confidential_to = CASE WHEN confidential_to IS NULL THEN 'fr' END WHERE id = $1`,
          [project.id],
        );
      const addLine = (q: Queryable) =>
        q.query(
          `INSERT INTO financing_commitments
             (project_id, funder_id, source, party, amount_cents, currency, committed_on)
           VALUES ($1, $2, 'private', 'fr', 123456, 'EUR', '2024-05-06')`,
          [project.id, funder],
        );
      for (const [first, second] of [
        [moveProject, addLine],
        [addLine, moveProject],
      ]) {
        let commit = () => {};
        const held = new Promise<void>((resolve) => {
          commit = resolve;
        });
        let written = () => {};
        const firstWritten = new Promise<void>((resolve) => {
          written = resolve;
        });
        const firstDone = db.transaction(async (tx) => {
          await (first as typeof addLine)(tx);
          written();
          await held;
        });
        await firstWritten;
        // Without the lock the second write would go through now, from a stale view.
        const secondDone = (second as typeof addLine)(db);
        await new Promise((resolve) => setTimeout(resolve, 200));
        commit();
        await Promise.all([firstDone, secondDone]);
        expect(await rollupDifferences(db)).toBe(0);
      }
    },
  );

  it("is emptied with the lines", async () => {
    await db.query("TRUNCATE financing_commitments CASCADE");
    const s = await computePortfolioSummary(db, { kind: "all" }, { currency: "CAD", at: AT });
    expect(s.total.committed).toBe(0n);
    expect(DIMENSIONS.map((d) => s.by[d].length)).toEqual([0, 0, 0, 0, 0]);
    expect(await rollupDifferences(db)).toBe(0);
    await insertLines(5);
    expect(await expectSummariesMatchLines(db)).toBeGreaterThan(0);
  });
});
