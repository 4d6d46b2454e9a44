import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applicationText } from "../src/calls/applications/messages.ts";
import { samplePdf } from "../src/calls/applications/test-fixtures.ts";
import { callText } from "../src/calls/calls/messages.ts";
import { decisionText } from "../src/calls/decisions/messages.ts";
import { reviewText } from "../src/calls/review/messages.ts";
import { STATUS_LABELS } from "../src/cooperation/projects/labels.ts";
import { projectText } from "../src/cooperation/projects/messages.ts";
import { formatNumber } from "../src/platform/i18n/format.ts";
import { CALL_TITLE, createCall, prepareDraft, wholeMinuteAfter } from "./calls-steps.ts";
import {
  blockingViolations,
  browserDescribe,
  createHarness,
  htmlLang,
  START_TIMEOUT,
  STOP_TIMEOUT,
} from "./harness.ts";
import { clickTo, literal, quebecDay, submit } from "./page-helpers.ts";

/**
 * A joint call for projects walked in a browser, in French, by the people of both parties: a
 * Québec member creates and publishes the call; two consortia apply, one before the closing,
 * the other after it and refused; both parties screen; two reviewers, one of each party, score;
 * the ranking; the committee's decision approved by both co-chairs; the funded application a
 * project in the portfolio; the letter in the outbox. The server's clock is real: the call
 * closes a few minutes after the walk begins, and consortium B's draft is prepared meanwhile.
 * Each step builds on the one before: once one fails, the following ones are skipped.
 */

const ACCOUNTS = {
  qc: "membre.qc@example.org",
  fr: "membre.fr@example.org",
  reviewerQc: "evaluatrice.qc@example.org",
  reviewerFr: "evaluateur.fr@example.org",
  applicantA: "consortium.a@example.org",
  applicantB: "consortium.b@example.org",
  admin: "admin@example.org",
} as const;
type Who = Exclude<keyof typeof ACCOUNTS, "admin">;

const CONSORTIUM_A = {
  title: "Aimants recyclés du Saint-Laurent",
  lead: { name: "Polytechnique de Trois-Rivières (fictive)", kind: "university" },
  partner: { name: "Laboratoire des terres rares de Nancy (fictif)", kind: "research_centre" },
};
const CONSORTIUM_B = {
  title: "Aimants tardifs",
  lead: { name: "Cégep fictif de Sorel", kind: "university" },
  partner: { name: "Atelier fictif de Lyon", kind: "company" },
};
// Consortium A submits within seconds of the publication; rounded up to a whole minute (the
// form takes minutes), the closing leaves it 150 to 210 s: a margin for a CI machine running
// the other test files at the same time, and the walk waits no longer.
const OPEN_FOR_MS = 150_000;

const harness = createHarness({
  accounts: [
    { email: ACCOUNTS.qc, role: "member-qc" },
    { email: ACCOUNTS.fr, role: "member-fr" },
    { email: ACCOUNTS.reviewerQc, role: "reviewer" },
    { email: ACCOUNTS.reviewerFr, role: "reviewer" },
    { email: ACCOUNTS.applicantA, role: "applicant" },
    { email: ACCOUNTS.applicantB, role: "applicant" },
    { email: ACCOUNTS.admin, role: "admin" },
  ],
  demo: false,
});

const browsers = new Map<Who, { context: BrowserContext; page: Page }>();
const as = (who: Who): Page => {
  const opened = browsers.get(who);
  if (!opened) throw new Error(`${who}'s browser is not open`);
  return opened.page;
};

let broken = "";
let code = "";
let closes = new Date(0);
let referenceA = "";
let draftB = "";
let projectCode = "";
let pdf: Buffer;
const started = Date.now();
const timings: string[] = [];

/** A step of the walk: skipped once an earlier one has failed, since it builds on it. */
function step(name: string, run: () => Promise<void>, timeout?: number) {
  it(name, { timeout }, async (ctx) => {
    if (broken) ctx.skip(`an earlier step failed: ${broken}`);
    const begun = Date.now();
    try {
      await run();
    } catch (error) {
      broken = name;
      throw error;
    } finally {
      timings.push(`${((Date.now() - begun) / 1000).toFixed(1)} s — ${name}`);
    }
  });
}

/** axe-core on the page as it is, the findings kept for one assertion at the end of the step. */
async function axe(page: Page, label: string, found: string[]) {
  found.push(...(await blockingViolations(page, label)));
}
const noViolations = (found: string[]) =>
  expect(found, `axe-core violations:\n${found.join("\n")}\n`).toEqual([]);

const r = (key: Parameters<typeof reviewText>[1]) => reviewText("fr", key);
const d = (key: Parameters<typeof decisionText>[1]) => decisionText("fr", key);
const plain = (text: string | null) => (text ?? "").replace(/[\s\u00a0\u202f]+/g, " ");

browserDescribe("e2e/calls.test.ts")(
  "a joint call for projects, from its creation to the funded projects",
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      await harness.start();
      pdf = Buffer.from(await samplePdf("Description scientifique du consortium (e2e)"));
      for (const who of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]) {
        if (who === "admin") continue;
        const opened = await harness.newPage();
        browsers.set(who, opened);
        await opened.page.goto("/connexion");
        await harness.signIn(opened.page, ACCOUNTS[who]);
      }
    }, START_TIMEOUT);

    afterAll(async () => {
      console.info(`calls e2e timings:\n  ${timings.join("\n  ")}`);
      try {
        for (const { context } of browsers.values()) await context.close();
      } finally {
        await harness.stop();
      }
    }, STOP_TIMEOUT);

    step(
      "a Québec member creates the call, closing in a few minutes, and publishes it",
      async () => {
        const page = as("qc");
        const found: string[] = [];
        await page.goto("/appels");
        await clickTo(
          page,
          page.getByRole("link", { name: callText("fr", "newCall") }),
          (url) => url.pathname === "/appels/nouveau",
        );
        await axe(page, "/appels/nouveau", found);
        closes = wholeMinuteAfter(OPEN_FOR_MS);
        code = await createCall(page, { opens: new Date(Date.now() - 120_000), closes });
        await expect(page.getByRole("status").first().textContent()).resolves.toBe(
          callText("fr", "saved"),
        );
        await clickTo(
          page,
          page.getByRole("link", { name: callText("fr", "publish"), exact: true }),
          (url) => url.pathname === `/appels/${code}/publier`,
        );
        await clickTo(
          page,
          page.locator("main form").getByRole("button", { name: callText("fr", "publish") }),
          (url) => url.pathname === `/appels/${code}`,
        );
        // Anyone reads it now: an applicant's page shows it open, with « Préparer une candidature ».
        const applicant = as("applicantA");
        await applicant.goto("/appels");
        await clickTo(
          applicant,
          applicant.getByRole("link", { name: CALL_TITLE.fr }),
          (url) => url.pathname === `/appels/${code}`,
        );
        expect(await htmlLang(applicant)).toBe("fr");
        await expect(applicant.locator("h1").textContent()).resolves.toContain(CALL_TITLE.fr);
        await expect(
          applicant.getByRole("link", { name: callText("fr", "apply") }).count(),
        ).resolves.toBe(1);
        await axe(applicant, `/appels/${code}`, found);
        noViolations(found);
      },
    );

    step(
      "consortium A fills its draft, attaches its PDF and submits before the closing",
      async () => {
        const page = as("applicantA");
        const found: string[] = [];
        const id = await prepareDraft(page, code, CONSORTIUM_A, pdf);
        await axe(page, "/candidatures/:id (draft editor)", found);
        expect(Date.now(), "consortium A is still before the closing").toBeLessThan(
          closes.getTime(),
        );
        await clickTo(
          page,
          page.getByRole("button", { name: applicationText("fr", "submit") }),
          (url) => url.searchParams.get("ok") === "depose",
        );
        referenceA = new URL(page.url()).pathname.split("/").at(-1) as string;
        expect(referenceA).toMatch(new RegExp(`^${literal(code)}-\\d{4}$`));
        expect(referenceA).not.toBe(id);
        await expect(page.locator("main").textContent()).resolves.toContain(referenceA);
        noViolations(found);
      },
    );

    step(
      "consortium B prepares its draft meanwhile; submitted after the closing, it is refused",
      async () => {
        const page = as("applicantB");
        draftB = await prepareDraft(page, code, CONSORTIUM_B, pdf);
        const wait = closes.getTime() + 2_000 - Date.now();
        if (wait > 0) await page.waitForTimeout(wait);
        const refused = await submit(
          page,
          page.getByRole("button", { name: applicationText("fr", "submit") }),
        );
        expect(refused.status()).toBe(409);
        expect(await htmlLang(page)).toBe("fr");
        const alerts = (await page.getByRole("alert").allTextContents()).map(plain);
        const closed = alerts.find((a) => a.includes(`L’appel ${code} est clos depuis le`));
        expect(closed, alerts.join("\n")).toContain("la candidature ne peut plus être déposée.");
        // Still a draft, without a reference.
        await page.goto(`/candidatures/${draftB}`);
        await expect(page.locator("main").textContent()).resolves.toContain(
          applicationText("fr", "submit"),
        );
      },
      OPEN_FOR_MS + 120_000,
    );

    step("both parties screen consortium A's application as eligible", async () => {
      const found: string[] = [];
      for (const who of ["qc", "fr"] as const) {
        const page = as(who);
        await page.goto(`/appels/${code}`);
        await clickTo(
          page,
          page.getByRole("link", { name: callText("fr", "review"), exact: true }),
          (url) => url.pathname === `/appels/${code}/evaluation`,
        );
        const main = (await page.locator("main").textContent()) ?? "";
        expect(main).toContain(referenceA);
        expect(main, "a draft never reaches the officials").not.toContain(CONSORTIUM_B.title);
        if (who === "qc") await axe(page, `/appels/${code}/evaluation`, found);
        await clickTo(page, page.getByRole("link", { name: referenceA }).first(), (url) =>
          url.pathname.startsWith(`/appels/${code}/evaluation/`),
        );
        for (const check of await page.locator('select[name^="check_"]').all()) {
          await check.selectOption("yes");
        }
        await page.locator('select[name="eligible"]').selectOption("yes");
        await clickTo(page, page.getByRole("button", { name: r("saveScreening") }), (url) =>
          url.pathname.startsWith(`/appels/${code}/evaluation/`),
        );
      }
      noViolations(found);
    });

    step("the reviewers' profiles are set, and one reviewer of each party assigned", async () => {
      const page = as("qc");
      await page.goto("/evaluateurs");
      for (const [who, party, organisation] of [
        ["reviewerQc", "qc", "Université fictive de Chicoutimi"],
        ["reviewerFr", "fr", "École fictive des mines d’Alès"],
      ] as const) {
        const form = page.locator("form", {
          has: page.locator("h2", { hasText: ACCOUNTS[who] }),
        });
        await form.locator('select[name="party"]').selectOption(party);
        await form.locator('input[name="organisation"]').fill(organisation);
        await clickTo(page, form.getByRole("button", { name: r("saveProfile") }), (url) =>
          url.pathname.startsWith("/evaluateurs"),
        );
      }
      await page.goto(`/appels/${code}/evaluation`);
      await clickTo(page, page.getByRole("link", { name: referenceA }).first(), (url) =>
        url.pathname.startsWith(`/appels/${code}/evaluation/`),
      );
      const reviewPage = page.url();
      for (const who of ["reviewerQc", "reviewerFr"] as const) {
        await page
          .getByLabel(new RegExp(`^${literal(ACCOUNTS[who].split("@")[0] ?? "")} — `))
          .check();
      }
      await page.locator('input[name="due"]').fill(quebecDay(14));
      await clickTo(
        page,
        page.getByRole("button", { name: r("assign"), exact: true }),
        (url) => url.pathname === new URL(reviewPage).pathname,
      );
      const main = (await page.locator("main").textContent()) ?? "";
      expect(main).toContain("Université fictive de Chicoutimi");
      expect(main).toContain("École fictive des mines d’Alès");
    });

    step("each reviewer declares no conflict, then scores the application", async () => {
      const found: string[] = [];
      for (const [who, score] of [
        ["reviewerQc", "4"],
        ["reviewerFr", "5"],
      ] as const) {
        const page = as(who);
        await page.goto("/evaluations");
        if (who === "reviewerQc") await axe(page, "/evaluations", found);
        await clickTo(page, page.getByRole("link", { name: referenceA }), (url) =>
          url.pathname.startsWith("/evaluations/"),
        );
        const assignment = new URL(page.url()).pathname;
        await clickTo(
          page,
          page.getByRole("button", { name: r("declareNoConflict") }),
          (url) => url.pathname === assignment,
        );
        // The file opens once no conflict is declared: the summary and the attachment.
        await expect(page.locator("main").textContent()).resolves.toContain(
          `Résumé fictif : ${CONSORTIUM_A.title}.`,
        );
        if (who === "reviewerQc") await axe(page, "/evaluations/:id", found);
        await page.locator('input[name^="score_"]').fill(score);
        await page.locator('textarea[name^="comment_"]').fill(`Avis de ${who} (e2e).`);
        await clickTo(
          page,
          page.getByRole("button", { name: r("submitReview") }),
          (url) => url.pathname === assignment,
        );
        await expect(page.locator('input[name^="score_"]').isDisabled()).resolves.toBe(true);
      }
      noViolations(found);
    });

    step("the ranking shows the mean of both reviews", async () => {
      const page = as("fr");
      await page.goto(`/appels/${code}/evaluation`);
      const cells = await page.locator("#ranking tbody tr").first().locator("td").allTextContents();
      // One criterion of weight 1: (4 + 5) / 2, ranked first, two opinions of two asked.
      expect(cells.slice(0, 2)).toEqual(["1", referenceA]);
      expect(cells[3]).toBe(formatNumber("fr", 4.5, 2));
      expect(plain(cells[4] ?? "")).toBe("2 / 2");
    });

    step("the committee funds consortium A, and both co-chairs approve", async () => {
      const found: string[] = [];
      const qc = as("qc");
      await qc.goto(`/appels/${code}`);
      await clickTo(
        qc,
        qc.getByRole("link", { name: callText("fr", "committee"), exact: true }),
        (url) => url.pathname === `/appels/${code}/comite`,
      );
      await axe(qc, `/appels/${code}/comite`, found);
      // One co-chair per party: each party's member (an administrator could sit for either).
      for (const [seat, who] of [
        ["cochair_qc", "qc"],
        ["cochair_fr", "fr"],
      ] as const) {
        const select = qc.locator(`select[name="${seat}"]`);
        const name = ACCOUNTS[who].split("@")[0] ?? "";
        const value = await select.locator("option", { hasText: name }).getAttribute("value");
        await select.selectOption(value ?? "");
      }
      await clickTo(
        qc,
        qc.getByRole("button", { name: d("saveCochairs") }),
        (url) => url.pathname === `/appels/${code}/comite`,
      );
      await clickTo(
        qc,
        qc.getByRole("link", { name: referenceA }).first(),
        (url) => url.pathname === `/appels/${code}/comite/${referenceA}`,
      );
      await qc.locator('select[name="outcome"]').selectOption("funded");
      await qc.locator('input[name="amount_qc"]').fill("40 000");
      await qc.locator('input[name="amount_fr"]').fill("35 000");
      await clickTo(
        qc,
        qc.getByRole("button", { name: d("save") }),
        (url) => url.pathname === `/appels/${code}/comite`,
      );
      for (const who of ["qc", "fr"] as const) {
        const page = as(who);
        await page.goto(`/appels/${code}/comite`);
        await clickTo(
          page,
          page.getByRole("link", { name: d("approve") }),
          (url) => url.pathname === `/appels/${code}/comite/approuver`,
        );
        await clickTo(
          page,
          page.getByRole("button", { name: d("confirmApprove") }),
          (url) => url.pathname === `/appels/${code}/comite`,
        );
      }
      await expect(
        qc.getByRole("link", { name: d("approve") }).count(),
        "nothing is left to approve",
      ).resolves.toBe(0);
      noViolations(found);
    });

    step("the funded application is a project of the portfolio, linked to its call", async () => {
      const page = as("fr");
      // The public call page names what was funded.
      const visitor = await harness.newPage();
      try {
        await visitor.page.goto(`/appels/${code}`);
        const link = visitor.page.locator('main a[href^="/cooperation/projets/P-"]');
        await expect(link.count()).resolves.toBe(1);
        projectCode = ((await link.getAttribute("href")) ?? "").split("/").at(-1) as string;
      } finally {
        await visitor.context.close();
      }
      expect(projectCode).toMatch(/^P-\d{4}-\d+$/);
      await page.goto("/cooperation/projets");
      await clickTo(
        page,
        page.getByRole("link", { name: new RegExp(literal(projectCode)) }).first(),
        (url) => url.pathname === `/cooperation/projets/${projectCode}`,
      );
      await expect(page.locator("h1").textContent()).resolves.toContain(CONSORTIUM_A.title);
      const facts = plain(await page.locator("main").textContent());
      expect(facts).toContain(projectText("fr", "fromCall"));
      await expect(
        page.locator(`main a[href="/appels/${code}"]`).first().textContent(),
      ).resolves.toBe(code);
      expect(facts).toContain(STATUS_LABELS.approved.fr);
      expect(facts).toContain(CONSORTIUM_A.lead.name);
      expect(facts).toContain(CONSORTIUM_A.partner.name);
    });

    step("the decision letter waits in the outbox, for consortium A only", async () => {
      const admin = await harness.newPage();
      try {
        const { page } = admin;
        await page.goto("/connexion");
        await harness.signIn(page, ACCOUNTS.admin);
        await page.goto("/admin/courriels");
        const row = page.getByRole("row", {
          name: new RegExp(literal(`décision sur votre candidature ${referenceA}`)),
        });
        await expect(row.count()).resolves.toBe(1);
        await expect(row.textContent()).resolves.toContain(ACCOUNTS.applicantA);
        const letters = await page
          .getByRole("row", { name: /décision sur votre candidature/ })
          .allTextContents();
        expect(letters.some((l) => l.includes(ACCOUNTS.applicantB))).toBe(false);
        // The letter itself travels as a PDF attachment.
        await clickTo(page, row.getByRole("link"), (url) =>
          url.pathname.startsWith("/admin/courriels/"),
        );
        await expect(
          page.getByRole("link", { name: `decision-${referenceA}.pdf` }).count(),
        ).resolves.toBe(1);
      } finally {
        await admin.context.close();
      }
      console.info(
        `calls e2e: the whole walk took ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    });
  },
);
