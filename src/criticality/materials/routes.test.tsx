import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import type { AssessmentsOutput, ListsOutput, MaterialsOutput } from "./schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
}, 120_000);
afterAll(() => t?.close());

const text = (s: string) => s.replace(/\s+/g, " ");
async function page(path: string) {
  const res = await t.request(path);
  return { status: res.status, html: text(await res.text()) };
}
async function json<T>(path: string): Promise<T> {
  const res = await t.request(path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}
const svgOf = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? "";
const tbody = (html: string) => html.match(/<tbody>.*?<\/tbody>/)?.[0] ?? "";
const rowOf = (html: string, id: string) =>
  html.match(new RegExp(`<tr id="matiere-${id}"[^>]*>.*?</tr>`))?.[0] ?? "";

describe("criticality matrix page", () => {
  it("shows the EU 2023 matrix in French: SVG chart, 34 critical materials, French numbers", async () => {
    const { status, html } = await page("/criticite");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    const svg = svgOf(html);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="matrice-titre">Matrice de criticité');
    expect(svg).toContain("cobalt");
    const rows = tbody(html).match(/<tr /g) ?? [];
    expect(rows).toHaveLength(70);
    expect(tbody(html).match(/Critique \(seuils\)/g)).toHaveLength(32);
    expect(tbody(html).match(/Critique \(stratégique\)/g)).toHaveLength(2);
    expect(rowOf(html, "copper")).toContain("Critique (stratégique)");
    expect(rowOf(html, "nickel")).toContain("Critique (stratégique)");
    expect(rowOf(html, "copper")).toMatch(
      /<th scope="row"><a href="(\/en)?\/criticite\/matieres\/copper">cuivre<\/a><\/th>/,
    );
    expect(rowOf(html, "coking-coal")).toContain("Critique (seuils)");
    // French decimal comma in the table and on the axes.
    expect(rowOf(html, "coking-coal")).toMatch(/<td class="num">1,0<\/td>/);
    expect(svg).toContain("seuil IE 2,8");
    expect(html).toContain("doi:10.2873/725585");
    expect(html).toContain("EU CRM 2023");
    expect(html).toContain("<caption>");
    expect(html).toContain('<th scope="col"');
  });

  it("is CSP-compatible: no script, no style element or attribute", async () => {
    const { html } = await page("/criticite");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<style");
    expect(html).not.toContain("style=");
    const res = await t.request("/criticite");
    expect(res.headers.get("content-security-policy")).toContain("style-src 'self'");
  });

  it("is in English at /en/criticite", async () => {
    const { status, html } = await page("/en/criticite");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(svgOf(html)).toContain("EI threshold 2.8");
    expect(tbody(html).match(/Critical \(thresholds\)/g)).toHaveLength(32);
    expect(rowOf(html, "copper")).toMatch(
      /<th scope="row"><a href="(\/en)?\/criticite\/matieres\/copper">copper<\/a><\/th>/,
    );
    expect(rowOf(html, "nickel")).toContain("Critical (strategic)");
  });

  it("names the selected point of view in the chart's title, in French and in English", async () => {
    const titleOf = async (path: string) =>
      svgOf((await page(path)).html).match(/<title id="matrice-titre">([^<]*)<\/title>/)?.[1];
    expect(await titleOf("/criticite")).toBe(
      "Matrice de criticité, point de vue France–UE : RA selon l’IE",
    );
    expect(await titleOf("/criticite?partie=qc")).toBe(
      "Matrice de criticité, point de vue Québec–Canada : RA selon l’IE",
    );
    expect(await titleOf("/criticite?partie=global")).toBe(
      "Matrice de criticité, point de vue mondial : RA selon l’IE",
    );
    expect(await titleOf("/en/criticite?partie=fr")).toBe(
      "Criticality matrix, France–EU point of view: SR against EI",
    );
    expect(await titleOf("/en/criticite?partie=qc")).toBe(
      "Criticality matrix, Québec–Canada point of view: SR against EI",
    );
    expect(await titleOf("/en/criticite?partie=global")).toBe(
      "Criticality matrix, global point of view: SR against EI",
    );
  });

  it("names every critical material on the chart or in the list beside it (issue 15)", async () => {
    const check = async (path: string, lang: "fr" | "en", listed: string) => {
      const { html } = await page(path);
      const api = await json<AssessmentsOutput>(
        `/api/v1/criticality/assessments${path.includes("qc") ? "?party=qc" : ""}`,
      );
      const svg = svgOf(html);
      const aside = html.match(/<aside class="matrix-unlabelled".*?<\/aside>/)?.[0] ?? "";
      expect(aside.includes(listed), path).toBe(aside !== "");
      for (const r of api.results.filter((x) => x.critical)) {
        const name = r.name[lang];
        const onChart = svg.includes(`>${name}</text>`);
        const beside = aside.includes(`href="#matiere-${r.materialId}"`);
        // Exactly one of the two: a material listed beside is not also drawn.
        expect(onChart !== beside, `${path} ${name}`).toBe(true);
      }
      return aside;
    };
    // Where the crowd of points near the thresholds leaves no room, the list says so.
    const fr = await check(
      "/criticite",
      "fr",
      "Matières critiques non étiquetées sur le graphique",
    );
    expect(fr).toContain("charbon à coke (RA 1,0 ; IE 3,1)");
    const en = await check("/en/criticite", "en", "Critical materials not labelled on the chart");
    expect(en).toContain("coking coal (SR 1.0; EI 3.1)");
    // Every critical point of the Québec–Canada view finds room: no list at all.
    expect(await check("/en/criticite?partie=qc", "en", "Critical materials")).toBe("");
  });

  it("sorts the table by supply risk on request", async () => {
    const { html } = await page("/criticite?tri=ra");
    const first = tbody(html).match(/<tr id="matiere-([a-z-]+)"/)?.[1];
    const api = await json<AssessmentsOutput>("/api/v1/criticality/assessments");
    const top = Math.max(...api.results.map((r) => r.supplyRisk));
    expect(api.results.find((r) => r.materialId === first)?.supplyRisk).toBe(top);
    expect(html).toContain('aria-sort="descending"');
  });

  // Issue 12: these views used to list missing inputs only; they are now computed.
  it("draws the Québec–Canada and global views from the computed assessment", async () => {
    for (const party of ["qc", "global"]) {
      const { status, html } = await page(`/criticite?partie=${party}`);
      expect(status).toBe(200);
      expect(html).toContain("<svg");
      expect(rowOf(html, "lithium")).toBeTruthy();
    }
    const { html } = await page("/criticite?partie=qc");
    expect(html).toMatch(/<option value="qc" selected/);
  });
});

describe("official lists page", () => {
  it("shows the four lists side by side with their counts", async () => {
    const { status, html } = await page("/criticite/listes");
    expect(status).toBe(200);
    const head = html.match(/<thead>.*?<\/thead>/)?.[0] ?? "";
    expect(head).toContain("Québec 2020");
    expect(head).toMatch(/Québec 2020<br\/?>\s*<span class="list-count">22\s?matières/);
    expect(head).toMatch(/UE 2024 \(annexe II\)<br\/?>\s*<span class="list-count">34\s?matières/);
    expect(head).toMatch(/États-Unis 2022<br\/?>\s*<span class="list-count">50\s?matières/);
    expect(head).toMatch(/États-Unis 2025<br\/?>\s*<span class="list-count">61\s?matières/);
    expect(head.match(/<th scope="col"/g)).toHaveLength(5);
    expect(rowOf(html, "copper")).toContain("Inscrite, stratégique");
    expect(html).toContain("<caption>");
    expect(html).not.toContain("<script");
  });

  it("is in English at /en/criticite/listes", async () => {
    const { status, html } = await page("/en/criticite/listes");
    expect(status).toBe(200);
    expect(html).toContain("EU 2024 (Annex II)");
    expect(rowOf(html, "cobalt")).toMatch(
      /<th scope="row"><a href="(\/en)?\/criticite\/matieres\/cobalt">cobalt<\/a><\/th>/,
    );
    expect(rowOf(html, "cobalt")).toContain("Listed");
  });
});

describe("criticality API", () => {
  it("GET /api/v1/criticality/assessments returns the 34 of the EU list", async () => {
    const a = await json<AssessmentsOutput>("/api/v1/criticality/assessments?method=eu&party=fr");
    expect(a.status).toBe("ok");
    expect(a.results).toHaveLength(70);
    const critical = a.results.filter((r) => r.critical);
    expect(critical).toHaveLength(34);
    expect(
      critical
        .filter((r) => r.basis === "strategic")
        .map((r) => r.materialId)
        .sort(),
    ).toEqual(["copper", "nickel"]);
    const lists = await json<ListsOutput>("/api/v1/criticality/lists");
    const annexII = lists.lists.find((l) => l.id === "eu-2024-annex-ii");
    expect(critical.map((r) => r.materialId).sort()).toEqual(
      annexII?.members.map((m) => m.materialId).sort(),
    );
  });

  // Issue 12: the qc and global views used to answer missing_inputs; every stage is now
  // computed from USGS production or marked as the EU's published value.
  it("computes the other views, with per-stage SR and provenance", async () => {
    const a = await json<AssessmentsOutput>("/api/v1/criticality/assessments?party=qc");
    expect(a.status).toBe("ok");
    const lithium = a.results.find((r) => r.materialId === "lithium");
    expect(lithium?.stages.map((s) => [s.stage, s.provenance])).toEqual([
      ["extraction", "computed"],
      ["processing", "published"],
    ]);
    expect(lithium?.supplyRisk).toBe(
      Math.max(...(lithium?.stages.map((s) => s.supplyRisk ?? 0) ?? [])),
    );
    const bad = await t.request("/api/v1/criticality/assessments?party=xx");
    expect(bad.status).toBe(422);
  });

  it("GET /api/v1/criticality/lists and /materials", async () => {
    const { lists } = await json<ListsOutput>("/api/v1/criticality/lists");
    expect(lists.map((l) => [l.id, l.count])).toEqual([
      ["qc-2020", 22],
      ["eu-2024-annex-ii", 34],
      ["us-2022", 50],
      ["us-2025", 61],
    ]);
    const { materials } = await json<MaterialsOutput>("/api/v1/criticality/materials");
    const copper = materials.find((m) => m.id === "copper");
    expect(copper?.name).toEqual({ fr: "cuivre", en: "copper" });
    expect(copper?.lists).toContain("eu-2024-annex-ii");
  });

  it("is described in the OpenAPI document and open to anyone", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    for (const p of ["materials", "lists", "assessments"]) {
      expect(doc.paths[`/api/v1/criticality/${p}`]).toBeDefined();
    }
    expect(t.routes).toContainEqual({
      method: "GET",
      path: "/criticite",
      access: { action: "read", subject: "Criticality" },
    });
  });
});
