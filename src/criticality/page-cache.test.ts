import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../app/testing/test-app.ts";

// The matrix and the factsheets are drawn once per data version: served again while the
// reference data stay the same, drawn anew as soon as any of their tables changes.
describe("criticality pages served from the versioned cache", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ template: "reference" });
  });
  afterAll(() => t?.close());

  it("shows a renamed material on the matrix and its factsheet at once", async () => {
    const matrix = await (await t.request("/criticite")).text();
    const sheet = await (await t.request("/criticite/matieres/cobalt")).text();
    expect(await (await t.request("/criticite")).text()).toBe(matrix);
    expect(await (await t.request("/criticite/matieres/cobalt")).text()).toBe(sheet);
    expect(matrix).not.toContain("Cobalt (renommé)");

    await t.db.query("UPDATE materials SET name_fr = 'Cobalt (renommé)' WHERE id = 'cobalt'");
    expect(await (await t.request("/criticite")).text()).toContain("Cobalt (renommé)");
    expect(await (await t.request("/criticite/matieres/cobalt")).text()).toContain(
      "Cobalt (renommé)",
    );
    await t.db.query("UPDATE materials SET name_en = 'Cobalt (renamed)' WHERE id = 'cobalt'");
    expect(await (await t.request("/en/criticite")).text()).toContain("Cobalt (renamed)");
  });

  it("answers 404 for an unknown material, every time", async () => {
    expect((await t.request("/criticite/matieres/inconnu")).status).toBe(404);
    expect((await t.request("/criticite/matieres/inconnu")).status).toBe(404);
  });
});
