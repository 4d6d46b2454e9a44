import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../app/seed.ts";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { DEMO_PROJECTS } from "./projects.ts";

let db: Db;
beforeAll(async () => {
  db = await createTestDb("reference");
  await seed(db, { demo: true });
});
afterAll(() => db?.close());

const TABLES = [
  "organisations",
  "projects",
  "project_partners",
  "project_milestones",
  "project_status_history",
  "financing_commitments",
  "financing_disbursements",
  "exchange_rates",
  "project_indicators",
  "project_capacities",
  "action_line_links",
];

async function counts() {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = row?.n ?? 0;
  }
  return out;
}

describe("seedCooperationDemo", () => {
  it("covers the four priorities, the thirteen lines and every kind, both parties", async () => {
    const lines = await db.query<{ code: string }>(
      `SELECT l.code FROM action_lines l WHERE NOT EXISTS (SELECT 1 FROM action_line_links k
         WHERE k.action_line_code = l.code AND k.subject_type = 'Project')`,
    );
    expect(lines).toEqual([]);
    const [row] = await db.query<{
      priorities: number;
      lines: number;
      kinds: number;
      parties: number;
    }>(
      `SELECT count(DISTINCT split_part(k.action_line_code, '.', 1))::int AS priorities,
              count(DISTINCT k.action_line_code)::int AS lines,
              count(DISTINCT p.kind)::int AS kinds, count(DISTINCT p.owner_party)::int AS parties
       FROM projects p JOIN action_line_links k ON k.subject_type = 'Project' AND k.subject_id = p.id::text`,
    );
    expect(row).toEqual({ priorities: 4, lines: 13, kinds: 8, parties: 2 });
    expect(DEMO_PROJECTS.length).toBeGreaterThanOrEqual(18);
  });

  it("has confidential projects, a graphite processing capacity in Québec, money in both currencies", async () => {
    const confidential = await db.query("SELECT 1 FROM projects WHERE confidential_to IS NOT NULL");
    expect(confidential.length).toBeGreaterThanOrEqual(2);
    const graphite = await db.query(
      `SELECT 1 FROM project_capacities WHERE material_id = 'natural-graphite'
       AND stage_id = 'processing' AND country_id = 'CAN'`,
    );
    expect(graphite).toHaveLength(1);
    const currencies = await db.query<{ currency: string }>(
      "SELECT DISTINCT currency FROM financing_commitments ORDER BY currency",
    );
    expect(currencies.map((c) => c.currency)).toEqual(["CAD", "EUR"]);
    // No disbursement exceeds its commitment.
    const over = await db.query(
      `SELECT f.id FROM financing_commitments f JOIN financing_disbursements d ON d.commitment_id = f.id
       GROUP BY f.id, f.amount_cents HAVING sum(d.amount_cents) > f.amount_cents`,
    );
    expect(over).toEqual([]);
    // The organisations that do not exist say so.
    const companies = await db.query<{ name: string }>(
      "SELECT name FROM organisations WHERE kind = 'company'",
    );
    expect(companies.every((c) => c.name.endsWith("(fictif)"))).toBe(true);
  });

  it("changes nothing when run again", async () => {
    const before = await counts();
    // The calls' demo hands its funded applications to the portfolio as projects of their own.
    const [fromCalls] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM call_funded_projects",
    );
    expect((before.projects ?? 0) - (fromCalls?.n ?? 0)).toBe(DEMO_PROJECTS.length);
    await seed(db, { demo: true });
    expect(await counts()).toEqual(before);
  });

  it("leaves the code counter past the demo codes", async () => {
    const [row] = await db.query<{ last_number: number }>(
      "SELECT last_number FROM project_code_counters WHERE year = 2024",
    );
    expect(row?.last_number).toBe(20);
  });
});
