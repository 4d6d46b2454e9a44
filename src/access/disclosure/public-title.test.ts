import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spaced } from "../../app/testing/api-errors.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { DEMO_REFERENCE, seedAccessDemo } from "../demo/commands.ts";
import { publicTitle } from "./present.ts";

const FR = "Déclaration d’intention Québec–France sur les métaux critiques";
const EN = "Québec–France Declaration of Intent on critical metals";

describe("publicTitle", () => {
  const row = { subject: "Demande d’accès", public_title_fr: null, public_title_en: null };
  it("falls back from English to French, and from French to the subject", () => {
    expect(publicTitle(row, "fr")).toBe("Demande d’accès");
    expect(publicTitle({ ...row, public_title_fr: "Titre" }, "en")).toBe("Titre");
    expect(publicTitle({ ...row, public_title_fr: "Titre", public_title_en: "Title" }, "en")).toBe(
      "Title",
    );
  });
});

describe("the public title of a disclosure", () => {
  let t: TestApp;
  let officer: Awaited<ReturnType<TestApp["signIn"]>>;
  const titles = async () =>
    (
      await t.db.query<{ fr: string | null; en: string | null }>(
        "SELECT public_title_fr AS fr, public_title_en AS en FROM access_requests WHERE reference = $1",
        [DEMO_REFERENCE],
      )
    )[0];
  const post = (fields: Record<string, string>, lang = "") =>
    t.request(`${lang}/acces/demandes/${DEMO_REFERENCE}/titre-public`, {
      method: "POST",
      body: new URLSearchParams({ ...fields, _csrf: officer.csrf }),
      headers: { cookie: officer.cookie, "content-type": "application/x-www-form-urlencoded" },
    });

  beforeAll(async () => {
    t = await createTestApp();
    await seedAccessDemo(t.db);
    officer = await t.signIn("access-officer");
  });
  afterAll(() => t?.close());

  it("tells the public what request 202311-76 released, in both languages", async () => {
    const fr = spaced(await (await t.request("/acces/diffusion")).text());
    expect(fr).toContain(`${DEMO_REFERENCE} — ${FR}`);
    expect(fr).not.toContain("— Demande d’accès à l’information");
    const en = await (await t.request("/en/acces/diffusion")).text();
    expect(en).toContain(`${DEMO_REFERENCE} — ${EN}`);
    const page = spaced(await (await t.request(`/acces/diffusion/${DEMO_REFERENCE}`)).text());
    expect(page).toContain(FR);
    const api = await (await t.request("/api/v1/access/disclosures?lang=en")).json();
    expect(api.items[0]).toMatchObject({ reference: DEMO_REFERENCE, title: EN });
    const found = await (await t.request("/api/v1/access/disclosures?q=Declaration%20of")).json();
    expect(found.total).toBe(1);
  });

  it("is set by the officer, the English being optional", async () => {
    const res = await post({ publicTitleFr: "  Déclaration d’intention  ", publicTitleEn: "" });
    expect(res.status).toBe(303);
    expect(await titles()).toEqual({ fr: "Déclaration d’intention", en: null });
    const en = await (await t.request("/en/acces/diffusion")).text();
    expect(en).toContain(`${DEMO_REFERENCE} — Déclaration d’intention`);
    const [event] = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_events ORDER BY at DESC LIMIT 1",
    );
    expect(event?.action).toBe("access.request.public_title");
  });

  it("refuses a missing French title or one too long, changing nothing", async () => {
    const before = await titles();
    const empty = await post({ publicTitleFr: " ", publicTitleEn: "Title" });
    expect(empty.status).toBe(422);
    expect(spaced(await empty.text())).toContain("Donnez le titre public en français");
    const long = await post({ publicTitleFr: "Titre", publicTitleEn: "x".repeat(201) }, "/en");
    expect(long.status).toBe(422);
    expect(await long.text()).toContain("200 characters at most");
    expect(await titles()).toEqual(before);
  });

  it("cannot be set by a reviewer", async () => {
    const reviewer = await t.signIn("reviewer");
    const res = await t.request(`/acces/demandes/${DEMO_REFERENCE}/titre-public`, {
      method: "POST",
      body: new URLSearchParams({ publicTitleFr: "Autre", _csrf: reviewer.csrf }),
      headers: { cookie: reviewer.cookie, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(403);
  });
});
