/**
 * Compare the parties: the page and the API show each view's SR as assessView computes it (one
 * number, one function), the producers of the one builder, and — once BACI flows are
 * imported — each party's suppliers and their overlap, checked against the flows by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spaced } from "../../app/testing/api-errors.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { importGraphiteFlows } from "../../cooperation/impact/test-fixtures.ts";
import type { PartyId } from "../engine/index.ts";
import { assessView } from "../loaders/view-assess.ts";
import { percent } from "../web-kit/format.ts";
import { oneDecimal } from "../web-kit/number.ts";
import type { Comparison } from "./queries.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
}, 120_000);
afterAll(() => t?.close());

const PARTIES: PartyId[] = ["global", "quebec-canada", "france-eu"];
const api = async (material: string) =>
  (await (
    await t.request(`/api/v1/criticality/compare?material=${material}`)
  ).json()) as Comparison;
const html = async (path: string) =>
  spaced((await (await t.request(path)).text()).replace(/\s+/g, " "));

describe("compare the parties", () => {
  it.each(["lithium", "natural-graphite", "cobalt", "lree"])(
    "%s: each view's SR and stages are assessView's, on the page and in the API",
    async (material) => {
      const c = await api(material);
      const page = await html(`/criticite/comparer?matiere=${material}`);
      for (const party of PARTIES) {
        const m = (await assessView(t.db, party, { materials: [material] }))?.materials[0];
        const v = c.views.find((x) => x.party === party);
        expect(v?.supplyRisk, `${material} ${party}`).toBe(m?.supplyRisk);
        expect(v?.critical, `${material} ${party}`).toBe(m?.critical);
        expect(v?.bottleneckStage).toBe(m?.bottleneckStage);
        expect(v?.stages.map((s) => [s.stage, s.provenance, s.supplyRisk])).toEqual(
          m?.stages.map((s) => [s.stage, s.provenance, s.supplyRisk]),
        );
        expect(page).toContain(spaced(oneDecimal("fr", m?.supplyRisk as number)));
      }
    },
  );

  it("lists the producers with Canada's and the EU-27's shares, and names BACI without flows", async () => {
    const c = await api("cobalt");
    const mine = c.supply.find((s) => s.stage === "extraction");
    expect(mine?.producers[0]?.country).toBe("COD");
    const named = mine?.producers.reduce((a, p) => a + p.share, 0) ?? 0;
    expect(named + (mine?.residualShare ?? 0)).toBeLessThanOrEqual(1 + 1e-12);
    expect(mine?.canadaShare).toBeGreaterThan(0);
    expect(c.trade).toBeNull();
    expect(c.tradeNeeded?.command).toContain("alliage data import baci");
    const page = await html("/criticite/comparer?matiere=cobalt");
    expect(page).toContain("Comparer les parties : cobalt");
    expect(page).toContain("Congo");
    expect(page).toContain("alliage data import baci");
    expect(page).toContain('href="/criticite/matieres/cobalt"');
    const en = await html("/en/criticite/comparer?material=cobalt");
    expect(en).toContain("Compare the parties: cobalt");
    expect(en).toContain("Other countries");
    expect(en).not.toContain("Autres pays");
  });

  it("an unknown material is a localised 404 naming the value, on the page and in the API", async () => {
    const fr = await t.request("/criticite/comparer?matiere=unobtainium");
    expect(fr.status).toBe(404);
    expect(spaced(await fr.text())).toContain("Matière inconnue : « unobtainium »");
    const en = await t.request("/en/criticite/comparer?matiere=unobtainium");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("Unknown material: “unobtainium”");
    const res = await t.request("/api/v1/criticality/compare?material=unobtainium&lang=en");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      "unobtainium",
    );
    expect((await t.request("/api/v1/criticality/compare")).status).toBe(422);
  });

  it("the page without a material offers the EU table's materials in the reader's order", async () => {
    const page = await html("/criticite/comparer");
    expect(page).toContain("Choisir une matière");
    const select = page.slice(page.indexOf('<select id="matiere"'), page.indexOf("</select>"));
    const names = [...select.matchAll(/<option value="[^"]+"[^>]*>([^<]+)<\/option>/g)].map(
      (m) => m[1] as string,
    );
    expect(names.length).toBeGreaterThan(50);
    expect(names).toEqual([...names].sort(new Intl.Collator("fr").compare));
  });

  it("with BACI flows: each party's suppliers and the overlap of their sources", async () => {
    await importGraphiteFlows(t.db);
    const c = await api("natural-graphite");
    expect(c.tradeNeeded).toBeNull();
    const qc = c.trade?.parties.find((p) => p.party === "quebec-canada");
    const eu = c.trade?.parties.find((p) => p.party === "france-eu");
    // The fixture's flows: Canada imports China 3 000 t, USA 1 000 t; the EU-27 from outside
    // it China 50 000, Mozambique 8 000, Madagascar 6 000, Brazil 4 000, Canada 2 000, Norway
    // 1 000 (71 000 t). In common: China, min(0,75 ; 50/71).
    expect(qc?.suppliers.map((s) => [s.country, s.share])).toEqual([
      ["CHN", 0.75],
      ["USA", 0.25],
    ]);
    expect(eu?.suppliers[0]).toMatchObject({ country: "CHN" });
    expect(eu?.suppliers[0]?.share).toBeCloseTo(50 / 71, 12);
    expect(c.trade?.common).toEqual(["CHN"]);
    expect(c.trade?.overlap).toBeCloseTo(50 / 71, 12);
    const page = await html("/criticite/comparer?matiere=natural-graphite");
    expect(page).toContain(spaced(`Recouvrement des sources : ${percent("fr", 50 / 71)}`));
  });

  it("the matrix shows each stage's SR with its provenance, and lists show material groups", async () => {
    const matrix = await html("/criticite");
    expect(matrix).toContain("RA par étape (provenance)");
    expect(matrix).toMatch(/transformation 1,9 <span[^>]*>\(publié par l’UE\)/);
    expect(matrix).toMatch(
      /terres rares légères<\/a><br\/?><span class="group-note">membres : cérium/,
    );
    expect(matrix).toContain('href="/criticite/comparer"');
    const lists = await html("/criticite/listes");
    expect(lists).toMatch(
      /néodyme<\/a><br\/?><span class="group-note">membre de [^<]*terres rares légères/,
    );
    const en = await html("/en/criticite/listes");
    expect(en).toMatch(/<span class="group-note">member of [^<]*light rare earth elements/);
  });
});
