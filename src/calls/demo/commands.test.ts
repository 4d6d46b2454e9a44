import { describe, expect, it } from "vitest";
import { createTestApp } from "../../app/testing/test-app.ts";
import { seedCallsDemo } from "./commands.ts";

const COUNTS = `SELECT (SELECT count(*) FROM calls)::int AS calls,
  (SELECT count(*) FROM applications)::int AS applications,
  (SELECT count(*) FROM applications WHERE status = 'draft')::int AS drafts,
  (SELECT count(*) FROM application_screenings)::int AS screenings,
  (SELECT count(*) FROM review_assignments WHERE submitted_at IS NOT NULL)::int AS reviews,
  (SELECT count(*) FROM call_decisions)::int AS decisions,
  (SELECT count(*) FROM call_funded_projects)::int AS funded,
  (SELECT count(*) FROM users)::int AS users`;

describe("seedCallsDemo", () => {
  it("runs the whole cycle once, and a second run changes nothing", async () => {
    const t = await createTestApp();
    expect(await seedCallsDemo(t.db)).toBe(true);
    const [first] = await t.db.query(COUNTS);
    expect(first).toMatchObject({
      calls: 3,
      applications: 6,
      drafts: 1,
      screenings: 8,
      reviews: 8,
      decisions: 4,
      funded: 2,
    });
    expect(await seedCallsDemo(t.db)).toBe(false);
    const [second] = await t.db.query(COUNTS);
    expect(second).toEqual(first);

    const [closed] = await t.db.query<{ code: string }>(
      "SELECT code FROM calls WHERE closes_at < now()",
    );
    const page = await t.app.request(`/appels/${closed?.code}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Réseau d’essais croisés sur le recyclage du néodyme");
    expect(html).toContain("Atelier conjoint sur la cartographie du graphite");
    expect(html).not.toContain("Rencontres sur la substitution des métaux du groupe du platine");
  });
});
