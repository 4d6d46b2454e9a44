import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import type { UncertaintyResult } from "../uncertainty/queries.ts";
import { percent } from "../web-kit/format.ts";
import type { FactsheetOutput } from "./schema.ts";

let t: TestApp;
let cobalt: FactsheetOutput;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  const res = await t.request("/api/v1/criticality/materials/cobalt");
  cobalt = (await res.json()) as FactsheetOutput;
}, 120_000);
afterAll(() => t?.close());

const text = (s: string) => s.replace(/\s+/g, " ");
async function page(path: string) {
  const res = await t.request(path);
  return { status: res.status, html: text(await res.text()) };
}
const drcShare = () => {
  const mine = cobalt.production.find((p) => p.stage === "extraction");
  return mine?.producers.find((p) => p.country === "COD")?.share ?? Number.NaN;
};

describe("material factsheet API", () => {
  it("returns cobalt's producers, HHI, trend, governance, EU values, lists and sources", () => {
    expect(cobalt.name).toEqual({ fr: "cobalt", en: "cobalt" });
    const mine = cobalt.production.find((p) => p.stage === "extraction");
    expect(mine?.year).toBe(2025);
    expect(mine?.vintage).toBe("MCS 2026");
    expect(mine?.includesOtherCountries).toBe(true);
    expect(mine?.producers[0]?.country).toBe("COD");
    expect(drcShare()).toBeGreaterThan(0.7);
    expect(mine?.producers.at(-1)?.isOtherCountries).toBe(true);
    const shares = mine?.producers.reduce((s, p) => s + p.share, 0) ?? 0;
    expect(shares).toBeCloseTo(1, 9);
    expect(mine?.hhi).toBeGreaterThan(0.5);
    expect(cobalt.hhiTrend.map((p) => [p.stage, p.year, p.vintage])).toEqual([
      ["extraction", 2023, "MCS 2025"],
      ["extraction", 2024, "MCS 2026"],
      ["extraction", 2025, "MCS 2026"],
    ]);
    const drc = cobalt.governance?.countries.find((c) => c.country === "COD");
    expect(cobalt.governance?.year).toBe(2022);
    expect(drc?.wgiScaled).toBeGreaterThan(7);
    expect(drc?.politicalStabilityWeight).toBeGreaterThan(0.5);
    expect(cobalt.eu).toMatchObject({
      vintage: "EU CRM 2023",
      supplyRisk: 2.8,
      economicImportance: 6.8,
      siSr: 0.98,
      siEi: 0.97,
      eolRirPct: 22,
      importRelianceExtractionPct: 81,
      bottleneck: { stage: "extraction" },
    });
    expect(cobalt.recycling).toContainEqual(expect.objectContaining({ eolRir: 0.22 }));
    expect(cobalt.lists.map((l) => [l.id, l.strategic])).toEqual([
      ["qc-2020", true],
      ["eu-2024-annex-ii", null],
      ["us-2022", null],
      ["us-2025", null],
    ]);
    expect(cobalt.sources.map((s) => s.kind)).toEqual(
      expect.arrayContaining([
        "usgs-mcs-world",
        "usgs-mcs-commodities",
        "wgi",
        "eu-crm-results",
        "hs-map",
        "official-list",
      ]),
    );
    expect(cobalt.sources.find((s) => s.kind === "wgi")?.fileName).toBe("wgi_2023update_long.csv");
  });

  it("answers 404 in JSON for an unknown id, a UUID included", async () => {
    for (const id of ["unobtainium", "00000000-0000-4000-8000-000000000000"]) {
      const res = await t.request(`/api/v1/criticality/materials/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
    }
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const path = doc.paths["/api/v1/criticality/materials/{id}"];
    expect(path?.get?.responses?.["404"]).toBeDefined();
    expect(Object.keys(doc.components.schemas.MaterialFactsheet?.properties ?? {})).toEqual(
      expect.arrayContaining([
        "production",
        "hhiTrend",
        "governance",
        "eu",
        "recycling",
        "lists",
        "sources",
      ]),
    );
  });
});

describe("material factsheet page", () => {
  it("shows cobalt in French: DRC share in French numbers, HHI, EU values, lists", async () => {
    const { status, html } = await page("/criticite/matieres/cobalt");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Fiche matière : cobalt");
    // The page helper collapses white space, the narrow no-break space included.
    const share = percent("fr", drcShare());
    expect(share).toMatch(/^\d\d,\d\u202f%$/);
    expect(html).toMatch(
      new RegExp(
        `<th scope="row">Congo-Kinshasa</th><td class="num">[^<]+</td><td class="num">${text(share)}</td>`,
      ),
    );
    expect(html).toContain("Autres pays");
    expect(html).toContain("Indice de Herfindahl-Hirschman (IHH) : 0,");
    expect(html).toContain("l’IHH est sous-estimé");
    expect(html).toContain('Risque d’approvisionnement (RA)</th><td class="num">2,8</td>');
    expect(html).toContain('Importance économique (IE)</th><td class="num">6,8</td>');
    expect(html).toContain('<td class="num">22 %</td>');
    expect(html).toContain("UE 2024 (annexe II) (seuils atteints)");
    expect(html).toContain("Québec 2020 — stratégique");
    expect(html).toContain("États-Unis 2025");
    expect(html).toContain("Aucune donnée de production pour l’étape transformation (raffinage)");
    expect(html).toContain("wgi_2023update_long.csv");
    expect(html).toContain("MCS2025_World_Data.csv");
    expect(html).toContain("<caption>");
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<title id="ihh-titre">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<style");
    expect(html).not.toContain("style=");
  });

  it("is in English at /en/criticite/matieres/cobalt", async () => {
    const { status, html } = await page("/en/criticite/matieres/cobalt");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Material factsheet: cobalt");
    expect(html).toContain(`<td class="num">${percent("en", drcShare())}</td>`);
    expect(html).toContain("Other countries");
    expect(html).toContain('Supply risk (SR)</th><td class="num">2.8</td>');
    expect(html).toContain("EU 2024 (Annex II) (thresholds met)");
    expect(html).toContain("Québec 2020 — strategic");
  });

  it("shows the Monte Carlo uncertainty of the SR, with draws and seed, in FR and EN", async () => {
    const api = await t.request("/api/v1/criticality/uncertainty?material=cobalt&draws=4000");
    const [cobaltMc] = ((await api.json()) as UncertaintyResult).materials;
    const { html } = await page("/criticite/matieres/cobalt");
    expect(html).toContain('<h2 id="incertitude-titre">Incertitude (Monte-Carlo)</h2>');
    expect(html).toContain("4 000 tirages, graine 2026");
    // The page shows the same numbers as the API for the same draws and seed.
    const fr = (v: number) => text(formatNumber("fr", v, 2));
    expect(html).toContain(
      `RA, médiane (p50)</th><td class="num">${fr(cobaltMc?.p50 ?? Number.NaN)}</td>`,
    );
    expect(html).toContain(
      `RA, 5e percentile (p5)</th><td class="num">${fr(cobaltMc?.p5 ?? Number.NaN)}</td>`,
    );
    expect(html).toContain("Probabilité d’être critique");
    const en = await page("/en/criticite/matieres/cobalt");
    expect(en.html).toContain("Uncertainty (Monte Carlo)");
    expect(en.html).toContain("4,000 draws, seed 2026");
    expect(en.html).toContain(
      `SR, 95th percentile (p95)</th><td class="num">${formatNumber("en", cobaltMc?.p95 ?? Number.NaN, 2)}</td>`,
    );
  });

  it("says why the uncertainty cannot be computed for a material without production", async () => {
    const { html } = await page("/criticite/matieres/argon");
    expect(html).toContain("Incertitude (Monte-Carlo)");
    expect(html).toContain("Le point de vue mondial de cette matière ne peut pas être calculé");
  });

  it("shows the empty state for a material without production data", async () => {
    const res = await t.request("/api/v1/criticality/materials/argon");
    const argon = (await res.json()) as FactsheetOutput;
    expect(argon.production).toEqual([]);
    const { status, html } = await page("/criticite/matieres/argon");
    expect(status).toBe(200);
    expect(html).toContain("Aucune donnée de production dans les jeux de données importés");
    expect(html).not.toContain("<svg");
  });

  it("answers the French 404 page for an unknown id", async () => {
    const { status, html } = await page("/criticite/matieres/unobtainium");
    expect(status).toBe(404);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("La page ou la ressource demandée est introuvable.");
  });
});
