import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../app/testing/test-app.ts";
import { linkToActionLine, unlinkFromActionLine } from "./commands.ts";
import { actionLinesOf } from "./queries.ts";
import type { DeclarationOutput } from "./schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const text = (s: string) => s.replace(/\s+/g, " ");
async function page(path: string) {
  const res = await t.request(path);
  return { status: res.status, html: text(await res.text()) };
}
async function api() {
  const res = await t.request("/api/v1/declaration");
  expect(res.status).toBe(200);
  return (await res.json()) as DeclarationOutput;
}
const lineItem = (html: string, code: string) =>
  html.match(new RegExp(`<li class="line" id="axe-${code.replace(".", "-")}">.*?</li>`))?.[0] ?? "";

describe("GET /api/v1/declaration", () => {
  it("returns the declaration with both languages, to anyone", async () => {
    const d = await api();
    expect(d.signedOn).toBe("2023-11-22");
    expect(d.place).toBe("Québec");
    expect(d.priorities).toHaveLength(4);
    expect(d.priorities.map((p) => p.lines.length)).toEqual([4, 2, 3, 4]);
    expect(d.signatories.map((s) => [s.name, s.party])).toEqual([
      ["Anne Racine", "qc"],
      ["Benjamin Gallezot", "fr"],
    ]);
    expect(d.signatories[0]?.title).toEqual({ fr: "Sous-ministre", en: "Deputy Minister" });
    expect(d.signatories[1]?.attachedTo?.fr).toBe("Services de la Première ministre de France");
    expect(d.parties.map((p) => p.code)).toEqual(["qc", "fr"]);
    expect(d.preamble.fr).toHaveLength(2);
    expect(d.translation.en.official).toBe(false);
    expect(d.source.accessRequest).toBe("202311-76");
    const lines = d.priorities.flatMap((p) => p.lines);
    expect(lines.every((l) => l.counts.total === 0)).toBe(true);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths["/api/v1/declaration"]).toBeDefined();
    expect(t.routes).toContainEqual({
      method: "GET",
      path: "/api/v1/declaration",
      access: { action: "read", subject: "Declaration" },
    });
  });
});

describe("declaration page", () => {
  it("is in French at /declaration, with the date written in French", async () => {
    for (const path of ["/declaration"]) {
      const { status, html } = await page(path);
      expect(status).toBe(200);
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain("Fait à Québec, le 22 novembre 2023, en 2 exemplaires.");
      expect(html).toContain("Anne Racine");
      expect(html).toContain("Benjamin Gallezot");
      expect(html).toContain("Services de la Première ministre de France");
      expect(html).toContain("demande d’accès à l’information 202311-76");
      expect(lineItem(html, "1.1")).toContain("0 élément rattaché");
    }
  });

  it("is in English at /en/declaration, marked as an unofficial translation", async () => {
    for (const path of ["/en/declaration"]) {
      const { status, html } = await page(path);
      expect(status).toBe(200);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain("November 22, 2023");
      expect(html).toContain("unofficial translation");
      expect(html).toContain("Deputy Minister");
      expect(lineItem(html, "4.4")).toContain("0 linked items");
    }
  });

  it("has one h1, headings that never skip a level, and the lines as list items", async () => {
    const { html } = await page("/declaration");
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    });
    expect(html.match(/<li class="line"/g)).toHaveLength(13);
    expect(html.match(/<ol class="lines"/g)).toHaveLength(4);
  });
});

describe("links to lines of action", () => {
  it("show as counts per line on the page and in the API, with French plurals", async () => {
    await linkToActionLine(t.db, { code: "2.2", subjectType: "Project", subjectId: "p-1" });
    await linkToActionLine(t.db, { code: "2.2", subjectType: "Event", subjectId: "e-1" });
    await linkToActionLine(t.db, { code: "1.4", subjectType: "Event", subjectId: "e-1" });
    await linkToActionLine(t.db, { code: "1.4", subjectType: "Event", subjectId: "e-1" });

    const d = await api();
    const line = (code: string) =>
      d.priorities.flatMap((p) => p.lines).find((l) => l.code === code);
    expect(line("2.2")?.counts).toEqual({ total: 2, bySubject: { Event: 1, Project: 1 } });
    expect(line("1.4")?.counts).toEqual({ total: 1, bySubject: { Event: 1 } });

    const fr = (await page("/declaration")).html;
    expect(lineItem(fr, "2.2")).toContain("2 éléments rattachés (événements : 1 ; projets : 1)");
    expect(lineItem(fr, "1.4")).toContain("1 élément rattaché");
    const en = (await page("/en/declaration")).html;
    expect(lineItem(en, "2.2")).toContain("2 linked items (events: 1; projects: 1)");
    expect(lineItem(en, "1.4")).toContain("1 linked item (events: 1)");
  });

  it("count a call for projects once it is published, not while it is prepared", async () => {
    const [call] = await t.db.query<{ id: string }>(
      `INSERT INTO calls (code, title_fr, title_en, opens_at, closes_at, time_zone,
         envelope_qc_cents, envelope_fr_cents, max_funding_qc_cents, max_funding_fr_cents,
         cofinancing_rate_pct)
       VALUES ('AAP-2026-01', 'Appel', 'Call', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z',
         'America/Toronto', 100000000, 100000000, 10000000, 10000000, 50)
       RETURNING id`,
    );
    await linkToActionLine(t.db, { code: "4.4", subjectType: "Call", subjectId: call?.id ?? "" });
    expect(lineItem((await page("/declaration")).html, "4.4")).toContain("0 élément rattaché");
    await t.db.query("UPDATE calls SET status = 'published'");
    expect(lineItem((await page("/declaration")).html, "4.4")).toContain(
      "1 élément rattaché (appels à projets : 1)",
    );
    expect(lineItem((await page("/en/declaration")).html, "4.4")).toContain(
      "1 linked item (calls for projects: 1)",
    );
  });

  it("are HTML-escaped when shown", async () => {
    const evil = `<script>alert("x")</script>&`;
    await linkToActionLine(t.db, { code: "3.1", subjectType: evil, subjectId: "1" });
    const { html } = await page("/declaration");
    expect(html).not.toContain("<script>");
    expect(lineItem(html, "3.1")).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;",
    );
    expect((await api()).priorities[2]?.lines[0]?.counts.bySubject[evil]).toBe(1);
  });
});

describe("an item's lines of action", () => {
  it("are listed in the declaration's order and can be detached", async () => {
    const item = { subjectType: "Document", subjectId: "d-7" };
    await linkToActionLine(t.db, { code: "4.1", ...item });
    await linkToActionLine(t.db, { code: "1.2", ...item });
    expect(await actionLinesOf(t.db, item)).toEqual(["1.2", "4.1"]);
    await unlinkFromActionLine(t.db, { code: "4.1", ...item });
    expect(await actionLinesOf(t.db, item)).toEqual(["1.2"]);
  });

  it("cannot point to a line that does not exist", async () => {
    const link = { code: "5.1", subjectType: "Project", subjectId: "p-9" };
    await expect(linkToActionLine(t.db, link)).rejects.toThrow();
  });
});

describe("before the declaration is seeded", () => {
  it("answers 404 on the API and says how to load it on the page", async () => {
    await t.db.query("DELETE FROM declarations");
    expect((await t.request("/api/v1/declaration")).status).toBe(404);
    const { status, html } = await page("/declaration");
    expect(status).toBe(404);
    expect(html).toContain("alliage db seed");
  });
});
