import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";

describe("canonical addresses", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it.each([
    ["/en/", "/en"],
    ["/acces/", "/acces"],
    ["/cooperation/", "/cooperation"],
    ["/en/acces/diffusion/?q=m%C3%A9taux&page=2", "/en/acces/diffusion?q=m%C3%A9taux&page=2"],
    ["/criticite///", "/criticite"],
  ])("redirects %s permanently to %s, which answers", async (from, to) => {
    const res = await t.request(from);
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(to);
    expect((await t.request(to)).status).toBe(200);
  });

  it("redirects no write, and never to another host", async () => {
    const post = await t.request("/acces/demande/", { method: "POST" });
    expect(post.status).not.toBe(308);
    const offsite = await t.request("//evil.example/");
    expect(offsite.headers.get("location")).toBeNull();
    expect((await t.request("/")).status).toBe(200);
  });
});
