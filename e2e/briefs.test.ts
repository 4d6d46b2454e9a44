import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { briefText } from "../src/criticality/briefs/messages.ts";
import { FIELD_LABELS } from "../src/criticality/briefs/model.ts";
import {
  blockingViolations,
  browserDescribe,
  createHarness,
  START_TIMEOUT,
  STOP_TIMEOUT,
} from "./harness.ts";
import { clickTo, literal } from "./page-helpers.ts";

/**
 * A shared analysis brief walked in a browser: a Québec analyst drafts it and freezes a figure
 * into it, submits it; a member of the French party approves, then a second Québec member;
 * the analyst publishes; the public reads it, in French and English. Every page passes axe.
 */

const ANALYST = "analyste.qc@example.org";
const SECOND_QC = "second.qc@example.org";
const FRANCE = "membre.fr@example.org";
const TITLE = {
  fr: "Lithium : le goulot de la transformation (e2e)",
  en: "Lithium: the processing bottleneck (e2e)",
};

const harness = createHarness({
  accounts: [
    { email: ANALYST, role: "member-qc" },
    { email: SECOND_QC, role: "member-qc" },
    { email: FRANCE, role: "member-fr" },
  ],
  demo: true,
});

const fr = (key: Parameters<typeof briefText>[1]) => briefText("fr", key);
const open: { context: BrowserContext; page: Page }[] = [];
let analyst: Page;
let briefUrl = "";
let broken = "";

async function signedIn(email: string): Promise<Page> {
  const s = await harness.newPage();
  open.push(s);
  await s.page.goto("/connexion");
  await harness.signIn(s.page, email);
  return s.page;
}

async function accessible(page: Page, label: string) {
  expect(await blockingViolations(page, label)).toEqual([]);
}

/** A step of the walk: skipped once an earlier one has failed, since it builds on it. */
function step(name: string, run: () => Promise<void>) {
  it(name, async (ctx) => {
    if (broken) ctx.skip(`an earlier step failed: ${broken}`);
    try {
      await run();
    } catch (error) {
      broken = name;
      throw error;
    }
  });
}

async function approveAs(email: string) {
  const page = await signedIn(email);
  await page.goto("/criticite/notes/travail");
  await clickTo(page, page.getByRole("link", { name: TITLE.fr }), (u) => u.pathname === briefUrl);
  await clickTo(
    page,
    page.getByRole("link", { name: fr("reviewLink") }),
    (u) => u.pathname === `${briefUrl}/revue`,
  );
  await accessible(page, `${briefUrl}/revue`);
  await page.getByLabel(/J’ai lu la version/).check();
  await clickTo(
    page,
    page.getByRole("button", { name: fr("approve") }),
    (u) => u.pathname === briefUrl,
  );
  await expect(page.getByRole("status").textContent()).resolves.toContain(fr("approved"));
}

browserDescribe("e2e/briefs.test.ts")(
  "a shared analysis brief, in a browser",
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      await harness.start();
      analyst = await signedIn(ANALYST);
    }, START_TIMEOUT);

    afterAll(async () => {
      try {
        for (const s of open) await s.context.close();
      } finally {
        await harness.stop();
      }
    }, STOP_TIMEOUT);

    step("a Québec analyst drafts a brief in both languages", async () => {
      await analyst.goto("/criticite/notes/travail");
      await accessible(analyst, "/criticite/notes/travail");
      await clickTo(
        analyst,
        analyst.getByRole("link", { name: fr("newBrief") }),
        (u) => u.pathname === "/criticite/notes/nouvelle",
      );
      await accessible(analyst, "/criticite/notes/nouvelle");
      const label = (k: keyof typeof FIELD_LABELS) =>
        analyst.getByLabel(FIELD_LABELS[k].fr, { exact: true });
      await label("titleFr").fill(TITLE.fr);
      await label("titleEn").fill(TITLE.en);
      await label("summaryFr").fill("La transformation du lithium est concentrée en Chine.");
      await label("summaryEn").fill("Lithium processing is concentrated in China.");
      await label("conclusionsFr").fill("Diversifier le raffinage entre le Québec et l’Europe.");
      await label("conclusionsEn").fill("Diversify refining between Québec and Europe.");
      await label("materials").fill("lithium");
      await clickTo(analyst, analyst.getByRole("button", { name: fr("save") }), (u) =>
        /^\/criticite\/notes\/[0-9a-f-]{36}$/.test(u.pathname),
      );
      briefUrl = new URL(analyst.url()).pathname;
      await expect(analyst.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        TITLE.fr,
      );
    });

    step("freezes the lithium assessment into the draft, then submits it", async () => {
      await clickTo(
        analyst,
        analyst.getByRole("link", { name: fr("edit"), exact: true }),
        (u) => u.pathname === `${briefUrl}/modifier`,
      );
      await analyst.getByLabel(fr("figureKind")).selectOption("assessment");
      await analyst.getByLabel(fr("material"), { exact: true }).fill("lithium");
      await analyst.getByLabel(fr("view")).selectOption("global");
      await clickTo(
        analyst,
        analyst.getByRole("button", { name: fr("addFigureButton") }),
        (u) => u.pathname === `${briefUrl}/modifier`,
      );
      await expect(analyst.getByRole("status").textContent()).resolves.toContain(fr("figureAdded"));
      await accessible(analyst, `${briefUrl}/modifier`);
      await analyst.goto(briefUrl);
      await expect(analyst.locator("figure").count()).resolves.toBe(1);
      await accessible(analyst, briefUrl);
      await clickTo(
        analyst,
        analyst.getByRole("button", { name: fr("submit") }),
        (u) => u.pathname === briefUrl,
      );
      await expect(analyst.getByRole("status").textContent()).resolves.toContain(fr("submitted"));
    });

    step("a member of the French party approves it", () => approveAs(FRANCE));

    step("a second Québec member approves it: the brief is approved", async () => {
      await approveAs(SECOND_QC);
      await analyst.goto(briefUrl);
      await expect(analyst.locator("main").textContent()).resolves.toContain(
        "Approuvée pour France",
      );
    });

    step("the analyst publishes it", async () => {
      await clickTo(
        analyst,
        analyst.getByRole("button", { name: fr("publish") }),
        (u) => u.pathname === briefUrl,
      );
      await expect(analyst.getByRole("status").textContent()).resolves.toContain(fr("published"));
    });

    step(
      "the public reads it in French and English, with its figures on current data",
      async () => {
        const visitor = await harness.newPage();
        open.push(visitor);
        const page = visitor.page;
        await page.goto("/criticite/notes");
        await accessible(page, "/criticite/notes");
        await clickTo(
          page,
          page.getByRole("link", { name: new RegExp(literal(TITLE.fr)) }),
          (u) => u.pathname === briefUrl,
        );
        await accessible(page, briefUrl);
        await expect(page.locator("main").textContent()).resolves.toContain(
          "Sources et millésimes",
        );
        await page.goto(`/en${briefUrl}`);
        await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(TITLE.en);
        await accessible(page, `/en${briefUrl}`);
        await clickTo(
          page,
          page.getByRole("link", { name: briefText("en", "currentData") }),
          (u) => u.pathname === `/en${briefUrl}/actuel`,
        );
        await accessible(page, `/en${briefUrl}/actuel`);
        const pdf = await page.request.get(`${briefUrl}/pdf`);
        expect(pdf.headers()["content-type"]).toBe("application/pdf");
      },
    );
  },
);
