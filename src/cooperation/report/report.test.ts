import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText } from "../../access/redaction/pdf-info.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { seedCooperationDemo } from "../demo/commands.ts";
import { DEMO_PROJECTS } from "../demo/projects.ts";
import { formatMoney } from "../financing/money.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  await seedCooperationDemo(t.db);
});
afterAll(() => t?.close());

async function reportText(path: string, cookie?: string) {
  const res = await t.request(path, { headers: cookie ? { cookie } : {} });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  // Line breaks and French no-break spaces aside, the text as a reader sees it.
  return (await extractText(new Uint8Array(await res.arrayBuffer())))
    .join("\n")
    .replace(/\s+/g, " ");
}
const spaced = (text: string) => text.replace(/\s+/g, " ");

/** Whole units of the demo's commitments and disbursements, summed by hand from its data. */
function demoSums() {
  const sum = { CAD: { c: 0n, d: 0n }, EUR: { c: 0n, d: 0n } };
  for (const p of DEMO_PROJECTS)
    for (const m of p.money) {
      sum[m.currency].c += BigInt(m.amount);
      for (const [amount] of m.paid ?? []) sum[m.currency].d += BigInt(amount);
    }
  return sum;
}

describe("/cooperation/rapport.pdf", () => {
  it("gives an administrator the totals in CAD and EUR, native and converted at the latest rate", async () => {
    const admin = await t.signIn("admin");
    const text = await reportText("/cooperation/rapport.pdf", admin.cookie);
    expect(text).toContain("Rapport de portefeuille — comité conjoint");
    const s = demoSums();
    // Latest demo rate: 1 EUR = 1.49 CAD; whole euros × 1.49 give exact cents.
    const cadTotal = s.CAD.c * 100n + s.EUR.c * 149n;
    expect(text).toContain(spaced(formatMoney("fr", s.CAD.c * 100n, "CAD")));
    expect(text).toContain(spaced(formatMoney("fr", s.EUR.c * 100n, "EUR")));
    expect(text).toContain(spaced(formatMoney("fr", s.CAD.d * 100n, "CAD")));
    expect(text).toContain(spaced(formatMoney("fr", cadTotal, "CAD")));
    for (const p of DEMO_PROJECTS) expect(text).toContain(p.code);
  });

  it("counts 20 projects over the portfolio, each status once", async () => {
    const admin = await t.signIn("admin");
    const text = await reportText("/en/cooperation/rapport.pdf", admin.cookie);
    expect(text).toContain("Portfolio report — joint committee");
    expect(text).toContain(`covers the ${DEMO_PROJECTS.length} projects`);
    const abandoned = DEMO_PROJECTS.filter((p) => p.status === "abandoned").length;
    expect(text).toMatch(new RegExp(`Abandoned ${abandoned}\\b`));
  });

  it("gives the public published projects only, without financing", async () => {
    const text = await reportText("/cooperation/rapport.pdf");
    const published = DEMO_PROJECTS.filter((p) => p.published);
    expect(text).toContain(`porte sur les ${published.length} projets`);
    expect(text).not.toContain("P-2024-017");
    expect(text).not.toContain("P-2024-018");
    expect(text).toContain("Le financement n’est communiqué qu’aux membres");
  });
});
