import type { Db, Queryable } from "../../platform/db/client.ts";
import { catchUpCodeCounter } from "../exchange/commands.ts";
import { RATE_SOURCES } from "../financing/rate-text.ts";
import { demoId } from "../shared/demo-ids.ts";
import { DEMO_ORGANISATIONS } from "./organisations.ts";
import { DEMO_PROJECTS, type DemoProject } from "./projects.ts";

/**
 * Euro–Canadian-dollar rates for the demo. They are in the range of 2024–2025 but are NOT
 * published values: illustrative only, and their source says so.
 */
export const DEMO_RATES = [
  { on: "2024-01-02", rate: "1.46000000" },
  { on: "2024-07-02", rate: "1.47000000" },
  { on: "2025-01-02", rate: "1.49000000" },
] as const;
// Stored in French, shown in the page's language (rate-text.ts knows it).
const RATE_SOURCE = RATE_SOURCES.demo.fr;

/** Indicators of a few projects over three years: [project, indicator, unit, baseline, target, actuals by year]. */
const DEMO_INDICATORS: [string, string, string, string, string, string[]][] = [
  ["P-2024-005", "ghg_emissions", "t CO2e", "12000", "8000", ["11500", "10200", "9400"]],
  ["P-2024-005", "renewable_share", "%", "60", "95", ["70", "82", "90"]],
  ["P-2024-009", "ghg_emissions", "t CO2e", "45000", "5000", ["40000", "26000", "12000"]],
  ["P-2024-009", "energy", "MWh", "180000", "175000", ["179000", "177500", "176000"]],
  ["P-2024-010", "water_withdrawn", "m³", "850000", "500000", ["800000", "690000", "610000"]],
  ["P-2024-011", "land_rehabilitated", "ha", "0", "120", ["15", "48", "80"]],
  ["P-2024-013", "community_meetings", "count", "0", "24", ["6", "14", "22"]],
];
const INDICATOR_YEARS = [2023, 2024, 2025];

/**
 * A realistic, clearly fictitious portfolio: about twenty projects over the four priorities and
 * the thirteen lines of action, with partners, milestones, co-financing in CAD and EUR, rates,
 * indicators and the capacity some projects would add. Needs the reference datasets (materials,
 * stages, countries). One transaction; run twice, the second run changes nothing.
 */
export async function seedCooperationDemo(db: Db): Promise<boolean> {
  const first = DEMO_PROJECTS[0]?.code;
  const [exists] = await db.query("SELECT 1 FROM projects WHERE code = $1", [first]);
  if (exists) return false;
  await db.transaction(async (tx) => {
    const orgs = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      // An organisation someone already entered under that name keeps its own id.
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO organisations (id, name, acronym, party, kind) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (lower(name)) DO UPDATE SET name = organisations.name RETURNING id`,
        [demoId("organisation", o.key), o.name, o.acronym, o.party, o.kind],
      );
      orgs.set(o.key, (row as { id: string }).id);
    }
    for (const p of DEMO_PROJECTS) await insertDemoProject(tx, p, orgs);
    await catchUpCodeCounter(tx, 2024);
    for (const r of DEMO_RATES) {
      await tx.query(
        `INSERT INTO exchange_rates (base, quote, on_date, rate, source) VALUES ('EUR', 'CAD', $1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [r.on, r.rate, RATE_SOURCE],
      );
    }
  });
  return true;
}

async function insertDemoProject(tx: Queryable, p: DemoProject, orgs: Map<string, string>) {
  const org = (key: string) => orgs.get(key) as string;
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO projects (code, title_fr, title_en, summary_fr, summary_en, kind, owner_party,
       status, confidential_to, published, latitude, longitude, region, country_id, start_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      p.code,
      p.fr,
      p.en,
      `${p.fr}. Projet fictif des données de démonstration d’Alliage.`,
      `${p.en}. A fictitious project of Alliage's demo data.`,
      p.kind,
      p.owner,
      p.status,
      p.confidential ?? null,
      p.published,
      p.at[0],
      p.at[1],
      p.region,
      p.country,
      p.start,
    ],
  );
  const id = (row as { id: string }).id;
  await tx.query(
    `INSERT INTO action_line_links (action_line_code, subject_type, subject_id)
     SELECT unnest($1::text[]), 'Project', $2`,
    [p.lines, id],
  );
  await tx.query("INSERT INTO project_materials SELECT $1, unnest($2::text[])", [id, p.materials]);
  await tx.query("INSERT INTO project_stages SELECT $1, unnest($2::text[])", [id, p.stages]);
  for (const [key, role] of p.partners) {
    await tx.query("INSERT INTO project_partners VALUES ($1, $2, $3)", [id, org(key), role]);
  }
  await statusHistory(tx, id, p);
  for (const [i, [fr, en, due, done]] of (p.milestones ?? []).entries()) {
    await tx.query(
      `INSERT INTO project_milestones (id, project_id, title_fr, title_en, due_on, done_on)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [demoId("milestone", `${p.code}:${i + 1}`), id, fr, en, due, done],
    );
  }
  for (const [i, m] of p.money.entries()) {
    const [c] = await tx.query<{ id: string }>(
      `INSERT INTO financing_commitments (id, project_id, funder_id, source, party, amount_cents,
         currency, committed_on, confidential_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        demoId("commitment", `${p.code}:${i + 1}`),
        id,
        org(m.funder),
        m.source,
        m.party,
        BigInt(m.amount) * 100n,
        m.currency,
        m.on,
        p.confidential ?? null,
      ],
    );
    for (const [amount, on] of m.paid ?? []) {
      await tx.query(
        "INSERT INTO financing_disbursements (commitment_id, amount_cents, paid_on) VALUES ($1, $2, $3)",
        [(c as { id: string }).id, BigInt(amount) * 100n, on],
      );
    }
  }
  for (const [code, indicator, unit, baseline, target, actuals] of DEMO_INDICATORS) {
    if (code !== p.code) continue;
    for (const [i, year] of INDICATOR_YEARS.entries()) {
      await tx.query(
        `INSERT INTO project_indicators (project_id, indicator, year, baseline, target, actual, unit)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, indicator, year, baseline, target, actuals[i], unit],
      );
    }
  }
  if (p.capacity) {
    const c = p.capacity;
    await tx.query("INSERT INTO project_capacities VALUES ($1, $2, $3, $4, $5)", [
      id,
      c.material,
      c.stage,
      c.country,
      c.tonnes,
    ]);
  }
}

const LIFECYCLE = ["idea", "under_study", "approved", "in_progress", "completed"];

/** The dated steps that led to the project's status, a month apart before its start. */
async function statusHistory(tx: Queryable, id: string, p: DemoProject) {
  const target = p.status === "abandoned" ? "under_study" : p.status;
  const steps = LIFECYCLE.slice(0, LIFECYCLE.indexOf(target) + 1);
  if (p.status === "abandoned") steps.push("abandoned");
  const start = new Date(`${p.start}T12:00:00Z`);
  for (const [i, status] of steps.entries()) {
    const on = new Date(start);
    on.setUTCMonth(start.getUTCMonth() + i - 3);
    await tx.query(
      `INSERT INTO project_status_history (project_id, from_status, to_status, on_date, note)
       VALUES ($1, $2, $3, $4, 'démonstration')`,
      [id, i === 0 ? null : steps[i - 1], status, on.toISOString().slice(0, 10)],
    );
  }
}
