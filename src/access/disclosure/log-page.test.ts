import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spaced } from "../../app/testing/api-errors.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { DEMO_REFERENCE, seedAccessDemo } from "../demo/commands.ts";

describe("the public disclosure log", () => {
  let t: TestApp;
  const page = async (path: string) => spaced(await (await t.request(path)).text());

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it("says nothing is published yet, then shows a decision as soon as it is published", async () => {
    expect(await page("/acces/diffusion")).toContain("Aucune décision diffusée pour l’instant.");
    expect(await page("/en/acces/diffusion")).toContain("No decision published yet.");
    // The unfiltered log is kept per version of the requests: a publication moves it at once.
    await seedAccessDemo(t.db);
    const fr = await page("/acces/diffusion");
    expect(fr).toContain(DEMO_REFERENCE);
    expect(fr).not.toContain("Aucune décision diffusée");
  });

  it("says when a search finds nothing, quoting what was typed, escaped", async () => {
    const fr = await page(`/acces/diffusion?q=${encodeURIComponent("<b>zinc")}`);
    expect(fr).toContain("Aucune décision diffusée ne correspond à « &lt;b&gt;zinc ».");
    const en = await page("/en/acces/diffusion?q=zinc");
    expect(en).toContain("No published decision matches “zinc”.");
  });

  it("says a page past the last one is so, and leads to the last one", async () => {
    const fr = await page("/acces/diffusion?page=99");
    expect(fr).toContain("Cette page est au-delà de la dernière.");
    expect(fr).toContain('<a href="/acces/diffusion">Aller à la page 1</a>');
    const en = await page("/en/acces/diffusion?page=99");
    expect(en).toContain('<a href="/en/acces/diffusion">Go to page 1</a>');
  });
});
