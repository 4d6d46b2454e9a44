import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { runGlobalScenario } from "../loaders/global-eu-scenario.ts";
import type { UncertaintyResult } from "./queries.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
}, 120_000);
afterAll(() => t?.close());

async function json(path: string, headers: Record<string, string> = {}) {
  const res = await t.request(path, { headers });
  return {
    status: res.status,
    body: (await res.json()) as UncertaintyResult & Record<string, unknown>,
  };
}

describe("GET /api/v1/criticality/uncertainty", () => {
  it("is reproducible: same seed → same numbers, another seed → other draws", async () => {
    const a = await json("/api/v1/criticality/uncertainty?material=cobalt&draws=2000&seed=7");
    const b = await json("/api/v1/criticality/uncertainty?material=cobalt&draws=2000&seed=7");
    const c = await json("/api/v1/criticality/uncertainty?material=cobalt&draws=2000&seed=8");
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(c.body.materials[0]?.p50).not.toBe(a.body.materials[0]?.p50);
    expect(a.body).toMatchObject({ party: "global", method: "eu", draws: 2000, seed: 7 });
  });

  it("gives ordered percentiles around the deterministic SR, for every material", async () => {
    const { status, body } = await json("/api/v1/criticality/uncertainty?draws=1000");
    expect(status).toBe(200);
    expect(body.seed).toBe(2026);
    expect(body.materials.length).toBeGreaterThan(30);
    for (const m of body.materials) {
      expect(m.p5).toBeLessThanOrEqual(m.p50);
      expect(m.p50).toBeLessThanOrEqual(m.p95);
      // The perturbations are centred (lognormal with the figure as mean, WGI clamped to 0–10),
      // so the deterministic SR lies within the 90 % band or just outside it.
      expect(m.deterministic).toBeGreaterThanOrEqual(m.p5 * 0.9);
      expect(m.deterministic).toBeLessThanOrEqual(m.p95 * 1.1);
      expect(m.probabilityCritical).toBeGreaterThanOrEqual(0);
      expect(m.probabilityCritical).toBeLessThanOrEqual(1);
    }
  });

  it("gives cobalt the scenario computation's SR as deterministic value, and a spread", async () => {
    const { body } = await json("/api/v1/criticality/uncertainty?material=cobalt&draws=3000");
    const scenario = await runGlobalScenario(t.db, "cobalt", [
      { kind: "new_supply", country: "CAN", stage: "mine", value: 0 },
    ]);
    const cobalt = body.materials[0];
    expect(cobalt?.deterministic).toBeCloseTo(scenario.supplyRisk.before, 12);
    expect((cobalt?.p95 ?? 0) - (cobalt?.p5 ?? 0)).toBeGreaterThan(0);
    // USGS marks its latest year's figures as estimates: they are the perturbed rows.
    expect(cobalt?.estimatedRows).toBeGreaterThan(0);
    expect(cobalt?.estimatedRows).toBeLessThanOrEqual(cobalt?.rows ?? 0);
    // Cobalt's SR (≈ 2.8 in the EU's own table) is far above 1.0: critical in nearly every draw.
    expect(cobalt?.probabilityCritical).toBeGreaterThan(0.95);
  });

  it("rejects more than 20,000 draws with a localised 400", async () => {
    const fr = await json("/api/v1/criticality/uncertainty?draws=20001", {
      "accept-language": "fr",
    });
    expect(fr.status).toBe(400);
    expect(JSON.stringify(fr.body)).toContain(
      "Paramètre draws invalide\u00a0: «\u00a020001\u00a0». Attendu\u00a0: un entier de 1 à 20000.",
    );
    const en = await json("/api/v1/criticality/uncertainty?draws=0", { "accept-language": "en" });
    expect(en.status).toBe(400);
    expect(JSON.stringify(en.body)).toContain("Invalid draws parameter");
    const seed = await json("/api/v1/criticality/uncertainty?seed=-1");
    expect(seed.status).toBe(400);
  });

  it("answers 404 for an unknown material", async () => {
    const { status } = await json("/api/v1/criticality/uncertainty?material=unobtainium");
    expect(status).toBe(404);
  });
});
