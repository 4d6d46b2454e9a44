import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildPdf } from "../src/access/redaction/test-pdfs.ts";
import { accessText } from "../src/access/requests/messages.ts";
import { ui } from "../src/platform/web/messages.ts";
import {
  blockingViolations,
  browserDescribe,
  createHarness,
  htmlLang,
  pathname,
  START_TIMEOUT,
  STOP_TIMEOUT,
} from "./harness.ts";

/**
 * End to end: the real CLI creates an account, the real server (`alliage serve`) runs as a child
 * process, and Debian's Chromium, driven by playwright-core, walks the public pages, the language
 * switch, sign-in and sign-out, and checks accessibility with axe-core.
 */

const EMAIL = "e2e@example.org";
const TEST_TIMEOUT = 60_000;
// Seventeen pages scanned one after the other: over a minute when the other end-to-end file
// runs beside it on a small machine.
const AXE_TIMEOUT = 180_000;

const harness = createHarness({ accounts: [{ email: EMAIL, role: "admin" }], demo: true });
const newPage = () => harness.newPage();
const signIn = (page: Page) => harness.signIn(page, EMAIL);

browserDescribe("e2e/browser.test.ts")("in a browser", { timeout: TEST_TIMEOUT }, () => {
  beforeAll(() => harness.start(), START_TIMEOUT);
  afterAll(() => harness.stop(), STOP_TIMEOUT);

  it("serves the home page in French and switches to English and back", async () => {
    const { context, page } = await newPage();
    try {
      await page.goto("/");
      expect(await htmlLang(page)).toBe("fr");
      await page.locator("h1").first().waitFor({ state: "visible" });
      expect(await page.title()).toContain("Alliage");

      await Promise.all([
        page.waitForURL((url) => url.pathname === "/en"),
        page.locator("a.lang-switch").click(),
      ]);
      expect(await htmlLang(page)).toBe("en");
      await page.locator("h1").first().waitFor({ state: "visible" });
      expect(await page.title()).toContain("Alliage");

      await Promise.all([
        page.waitForURL((url) => url.pathname === "/"),
        page.locator("a.lang-switch").click(),
      ]);
      expect(await htmlLang(page)).toBe("fr");
    } finally {
      await context.close();
    }
  });

  it("signs in with the one-time password, shows the account, then signs out", async () => {
    const { context, page } = await newPage();
    try {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: ui("fr", "mainNav") });
      await Promise.all([
        page.waitForURL((url) => url.pathname === "/connexion"),
        nav.getByRole("link", { name: ui("fr", "signIn"), exact: true }).click(),
      ]);
      await signIn(page);
      expect(pathname(page)).toBe("/compte");
      await expect(page.locator("main").textContent()).resolves.toContain(EMAIL);

      await Promise.all([
        page.waitForURL((url) => url.pathname === "/"),
        nav.getByRole("button", { name: ui("fr", "signOut"), exact: true }).click(),
      ]);
      await nav
        .getByRole("link", { name: ui("fr", "signIn"), exact: true })
        .waitFor({ state: "visible" });
      expect(await nav.getByRole("button", { name: ui("fr", "signOut") }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it(
    "has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)",
    async () => {
      const { context, page } = await newPage();
      try {
        const found: string[] = [];
        // The sign-in page comes last: the account page is checked after signing in from it.
        for (const path of [
          "/",
          "/en",
          "/criticite",
          "/en/criticite",
          "/criticite/listes",
          "/criticite/matieres/cobalt",
          "/criticite/scenario?matiere=cobalt&changement=supply_cut&pays=COD&etape=mine&valeur=50",
          "/api/docs",
          "/acces",
          "/acces/diffusion/202311-76",
          "/acces/statistiques",
          "/cooperation",
          "/cooperation/projets",
          "/cooperation/projets/P-2024-005",
          "/cooperation/carte",
          "/cooperation/impact?matiere=natural-graphite&partie=global",
          "/connexion",
        ]) {
          await page.goto(path);
          found.push(...(await blockingViolations(page, path)));
        }
        await signIn(page);
        found.push(...(await blockingViolations(page, "/compte")));
        expect(found, `axe-core violations:\n${found.join("\n")}\n`).toEqual([]);
      } finally {
        await context.close();
      }
    },
    AXE_TIMEOUT,
  );

  it("draws the API reference with swagger-ui's own labels in the page's language", async () => {
    const { context, page } = await newPage();
    try {
      const labels = async (path: string) => {
        await page.goto(path);
        // An operation with a body, opened: parameters, body and responses are drawn.
        await page.locator(".opblock-post .opblock-summary-control").first().click();
        await page.locator(".opblock-post .responses-wrapper").first().waitFor();
        const ui = page.locator("#swagger-ui");
        const count = (text: string) => ui.getByText(text, { exact: true }).count();
        return {
          english: (await count("Responses")) + (await count("Request body")),
          french: (await count("Réponses")) + (await count("Corps de la requête")),
        };
      };
      const fr = await labels("/api/docs");
      expect(fr.english).toBe(0);
      expect(fr.french).toBeGreaterThanOrEqual(2);
      const en = await labels("/en/api/docs");
      expect(en.french).toBe(0);
      expect(en.english).toBeGreaterThanOrEqual(2);
    } finally {
      await context.close();
    }
  });

  it("walks an access request from the public form to its published decision", async () => {
    const requester = { name: "Élise Confidentielle", email: "elise.c@example.org" };
    const pdf = path.join(harness.dataDir(), "document.pdf");
    fs.writeFileSync(
      pdf,
      buildPdf([{ lines: [{ x: 72, y: 700, text: "Compte rendu du comite" }] }]),
    );
    const visitor = await newPage();
    const officer = await newPage();
    try {
      const { page } = visitor;
      await page.goto("/acces");
      await Promise.all([
        page.waitForURL((url) => url.pathname === "/acces/demande"),
        page.getByRole("link", { name: accessText("fr", "fileRequest") }).click(),
      ]);
      await page.locator("#subject").fill("Comité conjoint sur les métaux critiques");
      await page.locator("#documentsSought").fill("Le compte rendu de la première réunion");
      await page.locator("#name").fill(requester.name);
      await page.locator("#email").fill(requester.email);
      await Promise.all([
        page.waitForURL((url) => url.pathname.startsWith("/acces/demande/recue/")),
        page.getByRole("button", { name: accessText("fr", "send") }).click(),
      ]);
      const reference = pathname(page).split("/").at(-1) as string;
      expect(reference).toMatch(/^\d{6}-\d+$/);
      await expect(page.locator("main").textContent()).resolves.toContain(reference);
      const found = await blockingViolations(page, "/acces/demande/recue");

      const o = officer.page;
      await o.goto("/connexion");
      await signIn(o);
      await o.goto(`/acces/demandes/${reference}`);
      await expect(o.locator("main").textContent()).resolves.toContain(requester.name);
      found.push(...(await blockingViolations(o, "/acces/demandes/:reference")));
      const submit = async (form: string) => {
        await Promise.all([
          o.waitForURL((url) => url.searchParams.get("ok") === "1"),
          o.locator(`form[action$="${form}"] button[type=submit]`).click(),
        ]);
      };
      await o.locator("#unit").fill("Secrétariat du comité");
      await o.locator("#result").fill("Un compte rendu repéré");
      await submit("/recherches");
      await o.locator("#title").fill("Compte rendu de la réunion");
      await o.locator("#document").setInputFiles(pdf);
      await submit("/documents");
      await Promise.all([
        o.waitForURL((url) => url.pathname.endsWith("/decision")),
        o.getByRole("link", { name: accessText("fr", "decide"), exact: true }).click(),
      ]);
      found.push(
        ...(await blockingViolations(o, "/acces/demandes/:reference/documents/:id/decision")),
      );
      await o.getByLabel("Accessible", { exact: true }).check();
      await Promise.all([
        o.waitForURL((url) => url.searchParams.get("ok") === "1"),
        o.getByRole("button", { name: accessText("fr", "saveDecision") }).click(),
      ]);
      await o.locator("#to").selectOption("decided");
      await o.locator("#outcome").selectOption("full");
      await submit("/etat");
      // The decision letter is the one the state calls for; sending is never preselected and
      // goes through a confirmation that names the recipient.
      await expect(o.locator("#kind").inputValue()).resolves.toBe("decision");
      await expect(o.locator("#format").inputValue()).resolves.toBe("");
      await o.locator("#format").selectOption("send");
      await o.locator('form[action$="/lettres"] button[type=submit]').click();
      await o.getByRole("button", { name: accessText("fr", "confirmSend") }).waitFor();
      await expect(o.locator("main").textContent()).resolves.toContain(requester.email);
      found.push(
        ...(await blockingViolations(o, "/acces/demandes/:reference/lettres (confirmation)")),
      );
      await Promise.all([
        o.waitForURL((url) => url.searchParams.get("ok") === "1"),
        o.getByRole("button", { name: accessText("fr", "confirmSend") }).click(),
      ]);
      await o.locator("#summary").fill("Accès total au compte rendu demandé.");
      await submit("/diffusion");

      await page.goto("/acces/diffusion");
      await Promise.all([
        page.waitForURL((url) => url.pathname === `/acces/diffusion/${reference}`),
        page.getByRole("link", { name: new RegExp(reference) }).click(),
      ]);
      const published = (await page.locator("main").textContent()) ?? "";
      expect(published).toContain("Accès total au compte rendu demandé.");
      expect(published).not.toContain(requester.name);
      expect(published).not.toContain(requester.email);
      found.push(...(await blockingViolations(page, "/acces/diffusion/:reference")));
      expect(found, `axe-core violations:\n${found.join("\n")}\n`).toEqual([]);
    } finally {
      await visitor.context.close();
      await officer.context.close();
    }
  });
});
