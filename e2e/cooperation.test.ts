import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { financingText } from "../src/cooperation/financing/messages.ts";
import { formatMoney } from "../src/cooperation/financing/money.ts";
import { formatRate } from "../src/cooperation/financing/rate-text.ts";
import { impactText } from "../src/cooperation/impact/messages.ts";
import { indicatorText } from "../src/cooperation/indicators/messages.ts";
import { ROLE_LABELS, STATUS_LABELS } from "../src/cooperation/projects/labels.ts";
import { projectText } from "../src/cooperation/projects/messages.ts";
import { addCoFinancing, addGraphiteAndCheckImpact, RATE } from "./cooperation-steps.ts";
import {
  blockingViolations,
  browserDescribe,
  createHarness,
  htmlLang,
  pathname,
  START_TIMEOUT,
  STOP_TIMEOUT,
} from "./harness.ts";
import {
  clickTo,
  type LineCounts,
  lineCounts,
  literal,
  quebecDay,
  setControl,
  submit,
} from "./page-helpers.ts";

/**
 * A joint project walked in a browser, from its creation by a member of the Québec party to its
 * deletion: organisation, form validation, partner, exchange rate (administrator), co-financing,
 * indicators, graphite capacity and its effect on supply risk, the portfolio dashboard, the
 * status lifecycle, the English page. Each step builds on the one before: once one fails, the
 * following ones are skipped rather than failing for the same reason.
 */

const MEMBER = "membre.qc@example.org";
const ADMIN = "admin@example.org";
const ORG = "Graphite boréal de démonstration inc.";
const TITLE = {
  fr: "Concentré de graphite de l’Abitibi (e2e)",
  en: "Abitibi graphite concentrate (e2e)",
};
const LINE = "2.1";
// Before today in Québec and after every rate of the demonstration, so the totals use it.
const DAY = quebecDay(-3);

const harness = createHarness({
  accounts: [
    { email: MEMBER, role: "member-qc" },
    { email: ADMIN, role: "admin" },
  ],
  demo: true,
});

let member: { context: BrowserContext; page: Page } | undefined;
let code = "";
let before: LineCounts;
let broken = "";

const fr = (key: Parameters<typeof projectText>[1]) => projectText("fr", key);
const memberPage = () => {
  if (!member) throw new Error("the member's browser is not open");
  return member.page;
};
const projectUrl = () => `/cooperation/projets/${code}`;
const saved = (url: URL) => url.pathname === projectUrl() && url.searchParams.has("enregistre");

/** A step of the walk: skipped once an earlier one has failed, since it builds on it. */
function step(name: string, run: (page: Page) => Promise<void>) {
  it(name, async (ctx) => {
    if (broken) ctx.skip(`an earlier step failed: ${broken}`);
    try {
      await run(memberPage());
    } catch (error) {
      broken = name;
      throw error;
    }
  });
}

browserDescribe("e2e/cooperation.test.ts")(
  "a joint project, in a browser",
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      await harness.start();
      member = await harness.newPage();
      await member.page.goto("/connexion");
      await harness.signIn(member.page, MEMBER);
    }, START_TIMEOUT);

    afterAll(async () => {
      try {
        await member?.context.close();
      } finally {
        await harness.stop();
      }
    }, STOP_TIMEOUT);

    step("creates an organisation as a member of the Québec party", async (page) => {
      await page.goto("/cooperation");
      before = await lineCounts(page, LINE);
      await clickTo(
        page,
        page.getByRole("link", { name: fr("organisations"), exact: true }),
        (url) => url.pathname === "/cooperation/organisations",
      );
      await clickTo(
        page,
        page.getByRole("link", { name: fr("newOrganisation") }),
        (url) => url.pathname === "/cooperation/organisations/nouvelle",
      );
      await page.getByLabel(fr("name"), { exact: true }).fill(ORG);
      await page.getByLabel(fr("acronym"), { exact: true }).fill("GBD");
      await page.getByLabel(fr("orgParty"), { exact: true }).selectOption("qc");
      await page.getByLabel(fr("orgKind"), { exact: true }).selectOption("company");
      await page.getByLabel(fr("identifiers"), { exact: true }).fill("NEQ : 1234567890");
      await page.getByLabel(fr("website"), { exact: true }).fill("https://graphite.example.org");
      await clickTo(
        page,
        page.getByRole("button", { name: fr("save") }),
        (url) => url.pathname === "/cooperation/organisations",
      );
      const row = page.getByRole("row", { name: new RegExp(literal(ORG)) });
      await expect(row.textContent()).resolves.toContain("NEQ 1234567890");
    });

    step(
      "refuses a latitude of 95 in French, keeps what was typed, then creates the project",
      async (page) => {
        await page.goto("/cooperation");
        await clickTo(
          page,
          page.getByRole("link", { name: fr("newProject") }),
          (url) => url.pathname === "/cooperation/projets/nouveau",
        );
        await page.getByLabel(fr("titleFr"), { exact: true }).fill(TITLE.fr);
        await page.getByLabel(fr("titleEn"), { exact: true }).fill(TITLE.en);
        await page.getByLabel(fr("summaryFr"), { exact: true }).fill("Usine pilote fictive.");
        await page.getByLabel(fr("kind"), { exact: true }).selectOption("processing");
        for (const line of [LINE, "2.2"]) {
          await page.getByLabel(new RegExp(`^${literal(line)} — `)).check();
        }
        await page.locator('input[name="stages"][value="processing"]').check();
        await setControl(page.getByLabel(fr("materials"), { exact: true }), "natural-graphite");
        await page.getByLabel(fr("latitude"), { exact: true }).fill("95");
        await page.getByLabel(fr("longitude"), { exact: true }).fill("-78.5");
        await page.getByLabel(fr("region"), { exact: true }).fill("Abitibi-Témiscamingue");
        await setControl(page.getByLabel(fr("country"), { exact: true }), "CAN");

        const refused = await submit(page, page.getByRole("button", { name: fr("save") }));
        expect(refused.status()).toBe(422);
        expect(await htmlLang(page)).toBe("fr");
        await expect(page.getByRole("alert").first().textContent()).resolves.toBe(fr("formErrors"));
        const latitude = page.getByLabel(fr("latitude"), { exact: true });
        await expect(latitude.getAttribute("aria-invalid")).resolves.toBe("true");
        await expect(page.locator("#latitude-error").textContent()).resolves.toMatch(
          /latitude.*90/,
        );
        // What was typed is all there, the refused value included, for the user to correct.
        await expect(latitude.inputValue()).resolves.toBe("95");
        await expect(page.getByLabel(fr("titleFr"), { exact: true }).inputValue()).resolves.toBe(
          TITLE.fr,
        );
        await expect(page.getByLabel(fr("longitude"), { exact: true }).inputValue()).resolves.toBe(
          "-78.5",
        );
        await expect(page.getByLabel(fr("kind"), { exact: true }).inputValue()).resolves.toBe(
          "processing",
        );
        await expect(page.getByLabel(new RegExp(`^${literal(LINE)} — `)).isChecked()).resolves.toBe(
          true,
        );
        await expect(
          page.locator('input[name="stages"][value="processing"]').isChecked(),
        ).resolves.toBe(true);
        const found = await blockingViolations(page, "/cooperation/projets (refused)");

        await latitude.fill("47.25");
        await clickTo(page, page.getByRole("button", { name: fr("save") }), (url) =>
          /^\/cooperation\/projets\/P-\d{4}-\d+$/.test(url.pathname),
        );
        code = pathname(page).split("/").at(-1) as string;
        await expect(page.locator("h1").textContent()).resolves.toContain(TITLE.fr);
        const facts = page.locator("dl.facts");
        await expect(facts.textContent()).resolves.toContain(STATUS_LABELS.idea.fr);
        expect(found, `axe-core violations:\n${found.join("\n")}\n`).toEqual([]);
      },
    );

    step("adds the organisation as the project's lead partner", async (page) => {
      await page.getByLabel(fr("organisation"), { exact: true }).selectOption({ label: ORG });
      await page.getByLabel(fr("role"), { exact: true }).selectOption("lead");
      await clickTo(page, page.getByRole("button", { name: fr("addPartner") }), saved);
      const partners = page.locator("section", { has: page.locator("#partenaires") });
      await expect(partners.textContent()).resolves.toMatch(
        new RegExp(`${literal(ORG)} \\(GBD\\) — ${ROLE_LABELS.lead.fr}`),
      );
    });

    step("records a euro exchange rate as an administrator", async () => {
      const admin = await harness.newPage();
      try {
        const { page } = admin;
        await page.goto("/connexion");
        await harness.signIn(page, ADMIN);
        await page.goto("/admin/taux-de-change");
        const t = (key: Parameters<typeof financingText>[1]) => financingText("fr", key);
        await page.getByLabel(t("date"), { exact: true }).fill(DAY);
        await page.getByLabel(t("base"), { exact: true }).selectOption("EUR");
        await page.getByLabel(t("quote"), { exact: true }).selectOption("CAD");
        await page.getByLabel(t("rate"), { exact: true }).fill(RATE);
        await clickTo(
          page,
          page.getByRole("button", { name: t("addRate") }),
          (url) => url.searchParams.get("ajoute") === "1",
        );
        const rows = await page.locator("table tbody tr").allTextContents();
        expect(rows.some((r) => r.includes(formatRate("fr", RATE)))).toBe(true);
      } finally {
        await admin.context.close();
      }
    });

    step("adds a commitment in CAD and a disbursement, refusing one above it", (page) =>
      addCoFinancing(page, { project: projectUrl(), funder: ORG, day: DAY }),
    );

    step("records indicator values for 2025", async (page) => {
      const t = (key: Parameters<typeof indicatorText>[1]) => indicatorText("fr", key);
      await clickTo(
        page,
        page.getByRole("link", { name: t("manage") }),
        (url) => url.pathname === `${projectUrl()}/indicateurs`,
      );
      await page.getByLabel(t("indicator"), { exact: true }).selectOption("ghg_emissions");
      await page.getByLabel(t("year"), { exact: true }).fill("2025");
      await page.getByLabel(t("unit"), { exact: true }).fill("t CO2e");
      await page.getByLabel(t("baseline"), { exact: true }).fill("12 500");
      await page.getByLabel(t("target"), { exact: true }).fill("9 000");
      await page.getByLabel(t("actual"), { exact: true }).fill("11 250,5");
      await clickTo(
        page,
        page.getByRole("button", { name: t("save") }),
        (url) => url.searchParams.get("enregistre") === "1",
      );
      await page.goto(projectUrl());
      const table = page.locator("table", {
        has: page.locator("caption", { hasText: "t CO2e" }),
      });
      const cells = await table.getByRole("row", { name: /^2025/ }).locator("td").allTextContents();
      expect(cells.slice(0, 3)).toEqual(["12\u202f500", "9\u202f000", "11\u202f250,5"]);
    });

    step(
      "adds graphite extraction in Québec; the impact block shows what the engine computes",
      (page) => addGraphiteAndCheckImpact(page, code),
    );

    step(
      "counts the project on the dashboard, and moves it from idea to under study",
      async (page) => {
        await page.goto("/cooperation");
        const created = await lineCounts(page, LINE);
        expect(created.total).toBe(before.total + 1);
        expect(created.byStatus.idea).toBe(before.byStatus.idea + 1);

        await page.goto(projectUrl());
        await page.getByLabel(fr("moveTo"), { exact: true }).selectOption("under_study");
        await clickTo(page, page.getByRole("button", { name: fr("move"), exact: true }), saved);
        await expect(page.locator("dl.facts").textContent()).resolves.toContain(
          STATUS_LABELS.under_study.fr,
        );
        await expect(page.locator("ol.history li").last().textContent()).resolves.toContain(
          `${STATUS_LABELS.idea.fr} → ${STATUS_LABELS.under_study.fr}`,
        );

        await page.goto("/cooperation");
        const moved = await lineCounts(page, LINE);
        expect(moved.total).toBe(before.total + 1);
        expect(moved.byStatus.idea).toBe(before.byStatus.idea);
        expect(moved.byStatus.under_study).toBe(before.byStatus.under_study + 1);
      },
    );

    step("shows the same project in English, and both pages pass axe-core", async (page) => {
      await page.goto(projectUrl());
      const found = await blockingViolations(page, projectUrl());
      await page.goto(`/en${projectUrl()}`);
      expect(await htmlLang(page)).toBe("en");
      await expect(page.locator("h1").textContent()).resolves.toContain(TITLE.en);
      const main = (await page.locator("main").textContent()) ?? "";
      for (const heading of [
        financingText("en", "section"),
        indicatorText("en", "sectionTitle"),
        impactText("en", "sectionTitle"),
      ]) {
        expect(main).toContain(heading);
      }
      expect(main).toContain(formatMoney("en", 25_000_000n, "CAD"));
      expect(main).toContain(STATUS_LABELS.under_study.en);
      found.push(...(await blockingViolations(page, `/en${projectUrl()}`)));
      expect(found, `axe-core violations:\n${found.join("\n")}\n`).toEqual([]);
    });

    step("deletes the project through its confirmation page; it is gone", async (page) => {
      await page.goto(projectUrl());
      await clickTo(
        page,
        page.getByRole("link", { name: fr("deleteProject") }),
        (url) => url.pathname === `${projectUrl()}/supprimer`,
      );
      await expect(page.locator("h1").textContent()).resolves.toBe(
        projectText("fr", "confirmDelete", { code }),
      );
      await page.getByLabel(fr("confirmCheckbox")).check();
      await clickTo(
        page,
        page.getByRole("button", { name: fr("deleteProject") }),
        (url) => url.pathname === "/cooperation/projets",
      );
      await expect(page.getByRole("status").textContent()).resolves.toBe(
        projectText("fr", "deleted", { code }),
      );
      const gone = await page.goto(projectUrl());
      expect(gone?.status()).toBe(404);
      await page.goto("/cooperation");
      expect(await lineCounts(page, LINE)).toEqual(before);
    });
  },
);
