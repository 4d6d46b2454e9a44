import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../app/testing/test-app.ts";
import { linkToActionLine } from "../declaration/commands.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const html = async (path: string, cookie?: string) => {
  const res = await t.request(path, cookie ? { headers: { cookie } } : undefined);
  expect(res.status).toBe(200);
  return (await res.text()).replace(/\s+/g, " ");
};
const hrefs = (page: string) => [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
const lineItem = (page: string, code: string) =>
  page.match(
    new RegExp(`<li class="line offer" id="axe-${code.replace(".", "-")}">.*?</ul>`),
  )?.[0] ?? "";

describe("the home page", () => {
  it("leads to what exists for each line of action, and keeps the declaration one click away", async () => {
    const fr = await html("/");
    expect(fr).toContain("<h1>Alliage, la plateforme de la coopération Québec–France");
    expect(fr.match(/<li class="line offer"/g)).toHaveLength(13);
    expect(hrefs(fr)).toEqual(
      expect.arrayContaining([
        "/declaration",
        "/criticite",
        "/criticite/listes",
        "/criticite/scenario",
        "/cooperation",
        "/cooperation/projets?ligne=2.2",
        "/acces/diffusion",
        "/acces/demande",
        "/api/docs",
      ]),
    );
    const en = await html("/en");
    expect(en).toContain('<html lang="en">');
    expect(hrefs(en)).toEqual(
      expect.arrayContaining(["/en/declaration", "/en/criticite/scenario", "/en/api/docs"]),
    );
    // Every link the home shows answers, in both languages; the impact ranking alone needs the
    // criticality datasets, which the test database does not import (its 404 names the material).
    for (const href of new Set([...hrefs(fr), ...hrefs(en)])) {
      if (!href?.startsWith("/") || href.startsWith("/static")) continue;
      const status = (await t.request(href)).status;
      expect([href, status]).toEqual([href, href.endsWith("/impact") ? status : 200]);
      expect(status).toBeLessThan(500);
    }
  });

  it("counts the projects of each line with ICU plurals", async () => {
    await linkToActionLine(t.db, { code: "4.2", subjectType: "Project", subjectId: "p-1" });
    await linkToActionLine(t.db, { code: "4.3", subjectType: "Project", subjectId: "p-1" });
    await linkToActionLine(t.db, { code: "4.3", subjectType: "Project", subjectId: "p-2" });
    const fr = await html("/");
    expect(lineItem(fr, "4.1")).toContain("Aucun projet rattaché");
    expect(lineItem(fr, "4.2")).toContain("1 projet rattaché");
    expect(lineItem(fr, "4.3")).toContain("2 projets rattachés");
    expect(lineItem(await html("/en"), "4.3")).toContain("2 linked projects");
    expect(fr).not.toContain("(s)");
  });

  it("invites the public to sign in and shows a signed-in user what their role allows", async () => {
    expect(await html("/")).toContain('href="/connexion"');
    const member = await t.signIn("member-qc");
    const page = await html("/", member.cookie);
    expect(hrefs(page)).toContain("/cooperation/projets/nouveau");
    expect(hrefs(page)).not.toContain("/admin/journal");
  });
});

describe("the declaration's counts", () => {
  it("link to the projects of the line when projects are attached", async () => {
    const page = await html("/declaration");
    expect(page).toContain(
      '<a href="/cooperation/projets?ligne=4.3">2 éléments rattachés (projets : 2)</a>',
    );
    expect(await html("/en/declaration")).toContain(
      '<a href="/en/cooperation/projets?ligne=4.3">2 linked items (projects: 2)</a>',
    );
  });
});

describe("the 401 and 403 pages", () => {
  it("offer sign-in with the address to come back to", async () => {
    const res = await t.request("/admin/journal?page=2");
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('href="/connexion?next=%2Fadmin%2Fjournal%3Fpage%3D2"');
    const member = await t.signIn("member-fr");
    const denied = await t.request("/en/admin/journal", { headers: { cookie: member.cookie } });
    expect(denied.status).toBe(403);
    const body = await denied.text();
    expect(body).toContain('href="/en/connexion?next=%2Fen%2Fadmin%2Fjournal"');
    expect(body).toContain("Sign in with another account");
  });
});

describe("an area's own navigation", () => {
  it("links the scenario calculator from every criticality page, marking the current one", async () => {
    for (const path of ["/criticite", "/criticite/listes", "/en/criticite"]) {
      const res = await t.request(path);
      const nav = (await res.text()).match(/<nav class="section-nav".*?<\/nav>/s)?.[0] ?? "";
      const prefix = path.startsWith("/en") ? "/en" : "";
      expect(nav).toContain(`href="${prefix}/criticite/scenario"`);
      expect(nav).toContain(`href="${path}" aria-current="page"`);
    }
    expect(await (await t.request("/declaration")).text()).not.toContain("section-nav");
  });
});
