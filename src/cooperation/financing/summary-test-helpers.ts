// An independent computation of the portfolio summary, from the lines as stored, for
// summary.test.ts: its own visibility rule, sums and half-to-even rounding, none of the
// application's. And a check of the rollups of migration 0025 against the lines.
import type { Db } from "../../platform/db/client.ts";
import type { Visibility } from "../shared/visibility.ts";
import type { Currency } from "./money.ts";
import { DIMENSIONS, type SummaryRow } from "./summary.ts";

/** The only rate the tests publish after 2020: 1 EUR = 1.48765432 CAD. */
export const RATE = { num: 148_765_432n, den: 100_000_000n };

export type Project = {
  id: string;
  code: string;
  title_fr: string;
  title_en: string;
  kind: string;
  confidential_to: string | null;
  published: boolean;
};
export type Line = {
  id: string;
  project_id: string;
  party: string;
  currency: Currency;
  amount: string;
  year: number;
  confidential_to: string | null;
};

/** What the database holds, read plainly: no rollup, no disbursed_cents, no visibility. */
export async function readAll(db: Db) {
  const projects = await db.query<Project>(
    "SELECT id, code, title_fr, title_en, kind, confidential_to, published FROM projects",
  );
  const lines = await db.query<Line>(
    `SELECT id, project_id, party, currency, amount_cents::text AS amount,
       substr(committed_on::text, 1, 4)::int AS year, confidential_to FROM financing_commitments`,
  );
  const paid = await db.query<{ commitment_id: string; amount: string }>(
    "SELECT commitment_id, amount_cents::text AS amount FROM financing_disbursements",
  );
  const links = await db.query<{ code: string; subject_type: string; subject_id: string }>(
    "SELECT action_line_code AS code, subject_type, subject_id FROM action_line_links",
  );
  return { projects, lines, paid, links };
}

export function sees(v: Visibility, confidentialTo: string | null, published = true): boolean {
  if (v.kind === "all") return true;
  if (v.kind === "party") return confidentialTo === null || confidentialTo === v.party;
  return confidentialTo === null && (v.kind === "shared" || published);
}

function halfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = 2n * (n % d);
  return r > d || (r === d && q % 2n === 1n) ? q + 1n : q;
}

/** Per-currency sums in the target currency, each sum converted once. */
const inCurrency = (native: Record<Currency, bigint>, target: Currency) =>
  target === "CAD"
    ? native.CAD + halfEven(native.EUR * RATE.num, RATE.den)
    : native.EUR + halfEven(native.CAD * RATE.den, RATE.num);

type Expected = Omit<SummaryRow, "title"> & { title?: { fr: string; en: string } };

export function expectedSummary(
  data: Awaited<ReturnType<typeof readAll>>,
  v: Visibility,
  to: Currency,
) {
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const paid = new Map<string, bigint>();
  for (const d of data.paid)
    paid.set(d.commitment_id, (paid.get(d.commitment_id) ?? 0n) + BigInt(d.amount));
  const groups = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, Expected>()]));
  const total: Expected = row("total");
  function row(key: string): Expected {
    return {
      key,
      committed: 0n,
      disbursed: 0n,
      native: { committed: { CAD: 0n, EUR: 0n }, disbursed: { CAD: 0n, EUR: 0n } },
    };
  }
  const add = (r: Expected, l: Line) => {
    r.native.committed[l.currency] += BigInt(l.amount);
    r.native.disbursed[l.currency] += paid.get(l.id) ?? 0n;
  };
  for (const l of data.lines) {
    const p = projects.get(l.project_id) as Project;
    if (!sees(v, p.confidential_to, p.published) || !sees(v, l.confidential_to)) continue;
    const lineCodes = data.links
      .filter((k) => k.subject_type === "Project" && k.subject_id === p.id)
      .map((k) => k.code);
    const keys = {
      project: [p.code],
      kind: [p.kind],
      line: lineCodes,
      party: [l.party],
      year: [String(l.year)],
    };
    for (const d of DIMENSIONS) {
      for (const key of keys[d]) {
        const map = groups[d] as Map<string, Expected>;
        const r = map.get(key) ?? row(key);
        if (d === "project") r.title = { fr: p.title_fr, en: p.title_en };
        map.set(key, r);
        add(r, l);
      }
    }
    add(total, l);
  }
  const convert = (r: Expected) => {
    r.committed = inCurrency(r.native.committed, to);
    r.disbursed = inCurrency(r.native.disbursed, to);
    return r;
  };
  const by = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      [...(groups[d] as Map<string, Expected>).values()].map(convert).sort((a, b) => {
        // The largest commitment first; equal ones by key.
        if (a.committed !== b.committed) return a.committed < b.committed ? 1 : -1;
        return a.key < b.key ? -1 : 1;
      }),
    ]),
  );
  return { total: convert(total), by };
}

/** Rows where a rollup differs from the same sums taken from the lines now (both ways). */
export async function rollupDifferences(db: Db): Promise<number> {
  const sources = {
    financing_by_project: `SELECT f.project_id, f.currency, f.confidential_to, count(*),
        sum(f.amount_cents), sum(f.disbursed_cents) FROM financing_commitments f GROUP BY 1, 2, 3`,
    financing_by_party_year_kind: `SELECT f.party, extract(year FROM f.committed_on)::int, p.kind,
        f.currency, f.confidential_to, p.confidential_to, p.published, count(*),
        sum(f.amount_cents), sum(f.disbursed_cents)
      FROM financing_commitments f JOIN projects p ON p.id = f.project_id
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    financing_by_action_line: `SELECT k.action_line_code, f.currency, f.confidential_to,
        p.confidential_to, p.published, count(*), sum(f.amount_cents), sum(f.disbursed_cents)
      FROM financing_commitments f JOIN projects p ON p.id = f.project_id
      JOIN action_line_links k ON k.subject_type = 'Project' AND k.subject_id = p.id::text
      GROUP BY 1, 2, 3, 4, 5`,
  };
  let differences = 0;
  for (const [table, source] of Object.entries(sources)) {
    const kept = `SELECT * FROM derived.${table} WHERE lines <> 0`;
    const [row] = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM ((${kept}) EXCEPT ALL (${source})) a)::int
            + (SELECT count(*) FROM ((${source}) EXCEPT ALL (${kept})) b)::int AS n`,
    );
    differences += row?.n ?? -1;
  }
  return differences;
}
