import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import type { GlobalScenarioResult } from "../loaders/global-eu-scenario.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
}, 120_000);
afterAll(() => t?.close());

const text = (s: string) => s.replace(/\s+/g, " ");
const CUT = {
  material: "cobalt",
  changes: [{ kind: "supply_cut", country: "COD", stage: "mine", value: 50 }],
};

async function post(body: unknown, session?: { cookie: string; csrf: string }, lang = "en") {
  const csrf = session?.csrf ?? "x".repeat(43);
  return t.request("/api/v1/criticality/scenarios", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      "accept-language": lang,
      "x-csrf-token": csrf,
      cookie: session?.cookie ?? `alliage_csrf=${csrf}`,
    },
    body: JSON.stringify(body),
  });
}

describe("POST /api/v1/criticality/scenarios", () => {
  it("computes before/after for members of both parties and admins", async () => {
    for (const role of ["member-qc", "member-fr", "admin"] as const) {
      const res = await post(CUT, await t.signIn(role));
      expect(res.status, role).toBe(200);
      const r = (await res.json()) as GlobalScenarioResult;
      expect(r).toMatchObject({ material: "cobalt", party: "global", method: "eu" });
      const mine = r.stages.find((s) => s.stage === "mine");
      expect(mine?.hhi?.delta).toBeLessThan(0);
      expect(r.supplyRisk.delta).toBeLessThan(0);
    }
  });

  it("401 anonymous, 403 reviewer", async () => {
    expect((await post(CUT)).status).toBe(401);
    expect((await post(CUT, await t.signIn("reviewer"))).status).toBe(403);
  });

  it("answers localised errors: negative capacity, unknown country, unknown material, bad body", async () => {
    const s = await t.signIn("member-fr");
    const neg = await post(
      {
        material: "cobalt",
        changes: [{ kind: "new_supply", country: "CAN", stage: "mine", value: -5 }],
      },
      s,
    );
    expect(neg.status).toBe(422);
    expect(JSON.stringify(await neg.json())).toContain("criticality_invalid_input");
    const country = await post(
      {
        material: "cobalt",
        changes: [{ kind: "supply_cut", country: "XYZ", stage: "mine", value: 5 }],
      },
      s,
    );
    expect(country.status).toBe(422);
    // The engine's details in words, not « material = cobalt, stage = extraction » (issue 15).
    expect(await country.json()).toEqual({
      error: {
        id: "criticality_invalid_input",
        message:
          "Inconsistent input data for the computation: unknown country “XYZ” (material: cobalt, stage: extraction)",
        fields: {},
      },
    });
    const french = await post(
      {
        material: "cobalt",
        changes: [{ kind: "supply_cut", country: "XYZ", stage: "mine", value: 5 }],
      },
      s,
      "fr",
    );
    const body = (await french.json()) as { error: { id: string; message: string } };
    expect(body.error.id).toBe("criticality_invalid_input");
    expect(body.error.message).toBe(
      "Données d’entrée incohérentes pour le calcul\u00a0: pays inconnu «\u00a0XYZ\u00a0» (matière\u00a0: cobalt, étape\u00a0: extraction)",
    );
    const material = await post({ ...CUT, material: "unobtainium" }, s);
    expect(material.status).toBe(404);
    expect((await post({ material: "cobalt", changes: [] }, s)).status).toBe(422);
  });
});

describe("GET /criticite/scenario", () => {
  const q = "?matiere=cobalt&changement=supply_cut&pays=COD&etape=mine&valeur=50";

  it("shows the form, then the before/after table in French, for anyone", async () => {
    const empty = await t.request("/criticite/scenario");
    expect(empty.status).toBe(200);
    const form = text(await empty.text());
    expect(form).toContain('<select id="matiere" name="matiere">');
    expect(form).not.toContain("<table");
    // The choices in the reader's collation on the French names (issue 15), not by id.
    const select = form.slice(form.indexOf('<select id="matiere"'), form.indexOf("</select>"));
    const names = [...select.matchAll(/<option value="[^"]+"[^>]*>([^<]+)<\/option>/g)].map(
      (m) => m[1] as string,
    );
    expect(names.length).toBeGreaterThan(50);
    expect(names).toEqual([...names].sort(new Intl.Collator("fr").compare));

    const res = await t.request(`/criticite/scenario${q}`);
    expect(res.status).toBe(200);
    const html = text(await res.text());
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("cobalt : avant et après le scénario");
    expect(html).toContain("IHH de production — extraction (mine)");
    expect(html).toMatch(/<td class="num">0,\d{4}<\/td>/);
    expect(html).toContain("Écart");
    // Issue 12: the refinery stage used to be dropped ("non calculée"); it is now the EU's
    // published value, and the cut's shortfall comes first.
    expect(html).toContain("transformation (raffinage) (RA publié par l’UE)");
    expect(html).toMatch(/Manque : 115\s000 tonnes \(2025\) retirés par COD/u);
    expect(html.indexOf("Manque")).toBeLessThan(html.indexOf("<table"));
    expect(html).not.toContain("Other countries");
    const lithium = text(
      await (
        await t.request(
          "/criticite/scenario?matiere=lithium&changement=new_supply&pays=CAN&etape=mine&valeur=50000",
        )
      ).text(),
    );
    expect(lithium).toContain("Le goulet d’étranglement est la transformation");
    expect(html).not.toContain("style=");
  });

  it("is in English at /en/criticite/scenario and shows errors in the page's language", async () => {
    const html = text(await (await t.request(`/en/criticite/scenario${q}`)).text());
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("cobalt: before and after the scenario");
    expect(html).toMatch(/<td class="num">0\.\d{4}<\/td>/);
    const bad = await t.request(
      "/en/criticite/scenario?matiere=cobalt&changement=new_supply&pays=CAN&etape=mine&valeur=-1",
    );
    expect(bad.status).toBe(422);
    expect(text(await bad.text())).toContain("negative capacity");
    const fr = await t.request(
      "/criticite/scenario?matiere=cobalt&changement=supply_cut&pays=COD&etape=mine&valeur=150",
    );
    expect(text(await fr.text())).toContain("pourcentage hors de 0–100");
  });

  it("refuses an unknown country in words of the page's language (issue 15)", async () => {
    const q = "?matiere=cobalt&changement=supply_cut&pays=ZZZ&etape=mine&valeur=50";
    const fr = await t.request(`/criticite/scenario${q}`);
    expect(fr.status).toBe(422);
    const frHtml = text(await fr.text());
    expect(frHtml).toContain("pays inconnu « ZZZ » (matière : cobalt, étape : extraction)");
    const en = await t.request(`/en/criticite/scenario${q}`);
    expect(en.status).toBe(422);
    const enHtml = text(await en.text());
    expect(enHtml).toContain("unknown country “ZZZ” (material: cobalt, stage: extraction)");
    for (const html of [frHtml, enHtml]) expect(html).not.toMatch(/material = |country = /);
  });
});
