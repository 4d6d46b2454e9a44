import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { insertProject } from "../demo/test-fixtures.ts";
import { portfolioSummary } from "./summary-cache.ts";

const QC = { kind: "party", party: "qc" } as const;
const OPTIONS = { currency: "CAD", at: "2025-06-30" } as const;

describe("cached portfolio summary", () => {
  let db: Db;
  let projectId = "";
  let funderId = "";
  const commit = (cents: number, currency = "CAD") =>
    db.query(
      `INSERT INTO financing_commitments (project_id, funder_id, source, party, amount_cents,
         currency, committed_on) VALUES ($1, $2, 'public', 'qc', $3, $4, '2025-01-15') RETURNING id`,
      [projectId, funderId, cents, currency],
    );

  beforeAll(async () => {
    db = await createTestDb();
    projectId = await insertProject(db, { code: "P-2025-001", ownerParty: "qc" });
    const [funder] = await db.query<{ id: string }>(
      "INSERT INTO organisations (name, party, kind) VALUES ('Fonds', 'qc', 'fund') RETURNING id",
    );
    funderId = funder?.id ?? "";
    await db.query(
      "INSERT INTO exchange_rates (base, quote, on_date, rate, source) VALUES ('EUR', 'CAD', '2025-01-02', 1.5, 'test')",
    );
    await commit(100_00);
  });
  afterAll(() => db?.close());

  it("serves the same summary again while nothing has changed", async () => {
    const first = await portfolioSummary(db, QC, OPTIONS);
    const second = await portfolioSummary(db, QC, OPTIONS);
    expect(second).toBe(first);
    expect(first.total.committed).toBe(100_00n);
  });

  it("recomputes after a new commitment, a disbursement or a new rate", async () => {
    const [line] = await commit(50_00, "EUR");
    const afterCommit = await portfolioSummary(db, QC, OPTIONS);
    // 100.00 CAD + 50.00 EUR × 1.5 = 175.00 CAD.
    expect(afterCommit.total.committed).toBe(175_00n);
    await db.query(
      "INSERT INTO financing_disbursements (commitment_id, amount_cents, paid_on) VALUES ($1, 2000, '2025-02-01')",
      [(line as { id: string }).id],
    );
    const afterPayment = await portfolioSummary(db, QC, OPTIONS);
    expect(afterPayment.total.disbursed).toBe(30_00n);
    await db.query(
      "INSERT INTO exchange_rates (base, quote, on_date, rate, source) VALUES ('EUR', 'CAD', '2025-06-01', 2, 'test')",
    );
    // 100.00 CAD + 50.00 EUR × 2 = 200.00 CAD.
    expect((await portfolioSummary(db, QC, OPTIONS)).total.committed).toBe(200_00n);
  });

  it("keeps one entry per point of view: a confidential project is never served to the other party", async () => {
    await db.query("UPDATE projects SET confidential_to = 'qc', published = false WHERE id = $1", [
      projectId,
    ]);
    const qc = await portfolioSummary(db, QC, OPTIONS);
    const fr = await portfolioSummary(db, { kind: "party", party: "fr" }, OPTIONS);
    expect(qc.total.committed).toBe(200_00n);
    expect(fr.total.committed).toBe(0n);
  });
});
