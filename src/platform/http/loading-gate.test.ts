import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";

/** While reference data are imported after a start, pages say so at once instead of waiting. */
describe("reference data import after a start", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it("answers /healthz at once with the import's state, and the stylesheet", async () => {
    t.deps.referenceData = { state: "running" };
    const health = await t.request("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", import: "running" });
    expect((await t.request("/static/alliage.css")).status).toBe(200);
  });

  it("answers pages and the API with 503 and Retry-After on the embedded database only", async () => {
    t.deps.referenceData = { state: "running" };
    const page = await t.request("/criticite");
    const api = await t.api("GET", "/api/v1/criticality/materials", { lang: "en" });
    if (t.db.kind === "pglite") {
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("3");
      expect(await page.text()).toContain("Alliage charge ses données de référence");
      expect(api.status).toBe(503);
      expect(
        ((await api.json()) as { error: { id: string; message: string } }).error,
      ).toMatchObject({
        id: "reference_data_loading",
        message: expect.stringContaining("loading its reference data"),
      });
    } else {
      // PostgreSQL serves other connections while one imports.
      expect([page.status, api.status]).toEqual([200, 200]);
    }
  });

  it("serves everything once the import is done, and says so on /healthz", async () => {
    t.deps.referenceData = { state: "done" };
    expect((await t.request("/criticite")).status).toBe(200);
    expect(await (await t.request("/healthz")).json()).toMatchObject({ import: "done" });
  });
});
