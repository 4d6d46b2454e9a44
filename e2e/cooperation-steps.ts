import type { Page } from "playwright-core";
import { expect } from "vitest";
import { financingText } from "../src/cooperation/financing/messages.ts";
import { formatMoney } from "../src/cooperation/financing/money.ts";
import { impactText } from "../src/cooperation/impact/messages.ts";
import { missingText, partyName } from "../src/cooperation/impact/present.ts";
import type { MissingInput } from "../src/criticality/engine/index.ts";
import { AppError } from "../src/platform/errors/app-error.ts";
import { formatNumber } from "../src/platform/i18n/format.ts";
import { VIEW_CODES as PARTY_CODES } from "../src/shared/party.ts";
import { clickTo, literal, setControl, submit } from "./page-helpers.ts";

/**
 * The two longest steps of the joint-project walk (e2e/cooperation.test.ts), on a project page
 * signed in as a member of the project's party.
 */

/** The EUR→CAD rate the walk's administrator records just before these steps. */
export const RATE = "1.4875";

const money = (key: Parameters<typeof financingText>[1]) => financingText("fr", key);
const impact = (key: Parameters<typeof impactText>[1]) => impactText("fr", key);

/**
 * A commitment of 250 000 $ CA from the funder, a disbursement of 300 000 refused, one of
 * 100 000 accepted; the project page's totals in CAD and, at RATE, in EUR.
 */
export async function addCoFinancing(
  page: Page,
  at: { project: string; funder: string; day: string },
): Promise<void> {
  await page.goto(at.project);
  const commitment = page.getByRole("group", { name: money("addCommitment") });
  await commitment.getByLabel(money("funder"), { exact: true }).selectOption({ label: at.funder });
  await commitment.getByLabel(money("source"), { exact: true }).selectOption("public");
  await commitment.getByLabel(money("party"), { exact: true }).selectOption("qc");
  await commitment.getByLabel(money("amount"), { exact: true }).fill("250 000");
  await commitment.getByLabel(money("currency"), { exact: true }).selectOption("CAD");
  await commitment.getByLabel(money("committedOn"), { exact: true }).fill(at.day);
  // Shared by both parties, the default, must be a choice the browser lets through.
  const confidentiality = commitment.getByLabel(money("confidentialTo"), { exact: true });
  expect(
    await confidentiality.evaluate((e) => (e as HTMLSelectElement).validity.valid),
    "the commitment form can be sent with its default confidentiality (shared)",
  ).toBe(true);
  await clickTo(
    page,
    commitment.getByRole("button", { name: money("save") }),
    (url) => url.pathname === `${at.project}/financement` && url.searchParams.has("ok"),
  );

  const disbursement = page.getByRole("group", {
    name: new RegExp(`^${literal(money("addDisbursement"))}`),
  });
  await disbursement.getByLabel(money("amount"), { exact: true }).fill("300 000");
  await disbursement.getByLabel(money("paidOn"), { exact: true }).fill(at.day);
  const refused = await submit(page, disbursement.getByRole("button"));
  expect(refused.status()).toBe(422);
  await expect(page.getByRole("alert").textContent()).resolves.toBe(
    new AppError("financing_disbursement_exceeds", {
      amount: "300000.00 CAD",
      remaining: "250000.00 CAD",
    }).messageIn("fr"),
  );

  await page.goto(`${at.project}/financement`);
  await disbursement.getByLabel(money("amount"), { exact: true }).fill("100 000");
  await disbursement.getByLabel(money("paidOn"), { exact: true }).fill(at.day);
  await clickTo(page, disbursement.getByRole("button"), (url) => url.searchParams.has("ok"));

  await page.goto(at.project);
  const totals = page.locator("table.financing-totals");
  const row = (currency: "CAD" | "EUR") =>
    totals
      .getByRole("row", { name: financingText("fr", "inCurrency", { currency }) })
      .locator("td")
      .allTextContents();
  const cad = (units: bigint) => formatMoney("fr", units * 100n, "CAD");
  expect(await row("CAD")).toEqual([cad(250_000n), cad(100_000n), cad(150_000n)]);
  // By hand: 250 000 / 1.4875 = 168 067.226…, 100 000 / 1.4875 = 67 226.890…,
  // 150 000 / 1.4875 = 100 840.336…, each rounded to the cent once.
  expect(await row("EUR")).toEqual([
    formatMoney("fr", 16_806_723n, "EUR"),
    formatMoney("fr", 6_722_689n, "EUR"),
    formatMoney("fr", 10_084_034n, "EUR"),
  ]);
  await expect(page.locator("#cofinancement p.source").textContent()).resolves.toContain(
    `1 EUR = ${RATE.replace(".", ",")}`,
  );
}

type ImpactOfMaterial = {
  material: string;
  views: {
    party: keyof typeof PARTY_CODES;
    status: string;
    supplyRisk?: { before: number; after: number };
    missing?: MissingInput[];
  }[];
};

/**
 * 20 000 t/yr of natural graphite mined in Canada: the impact block shows, for each party's
 * view, what the API computes, and the project enters the portfolio's graphite ranking.
 */
export async function addGraphiteAndCheckImpact(page: Page, code: string): Promise<void> {
  // A <select> or a text input: setControl copes with either.
  const form = page.locator(`form[action$="/capacites"]`);
  await setControl(form.getByLabel(impact("material"), { exact: true }), "natural-graphite");
  await setControl(form.getByLabel(impact("stage"), { exact: true }), "extraction");
  await setControl(form.getByLabel(impact("country"), { exact: true }), "CAN");
  await form.getByLabel(impact("tonnes"), { exact: true }).fill("20 000");
  await clickTo(
    page,
    form.getByRole("button", { name: impact("add") }),
    (url) => url.pathname === `/cooperation/projets/${code}`,
  );

  const section = page.locator("section", { has: page.locator("#impact-titre") });
  await expect(section.locator("li").first().textContent()).resolves.toMatch(/20\s000/);
  const api = await page.request.get(`/api/v1/projects/${code}/impact`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { materials: ImpactOfMaterial[] };
  const graphite = body.materials.find((m) => m.material === "natural-graphite");
  const global = graphite?.views.find((v) => v.party === "global");
  expect(global?.status).toBe("ok");
  expect(global?.supplyRisk?.after).toBeLessThan(global?.supplyRisk?.before ?? 0);
  // NOTE: with the bundled data, France's and Québec's views of graphite lack the party's own
  // sourcing (no trade flows are shipped), so issue 5's « change in France's view » shows as
  // missing inputs; reported, and checked here as the API states it rather than asserted away.
  const n = (v: number) => formatNumber("fr", v, 3);
  for (const view of graphite?.views ?? []) {
    const row = section.getByRole("row", {
      name: new RegExp(`^${literal(partyName("fr", PARTY_CODES[view.party]))}`),
    });
    await expect(row.textContent()).resolves.toContain(
      view.status === "ok" && view.supplyRisk
        ? `${n(view.supplyRisk.before)} → ${n(view.supplyRisk.after)}`
        : view.status === "missing_inputs"
          ? impactText("fr", "missing", { inputs: missingText("fr", view.missing ?? []) })
          : `unexpected status ${view.status}`,
    );
  }
  await page.goto("/cooperation/impact?matiere=natural-graphite&partie=global");
  await expect(page.getByRole("link", { name: new RegExp(`^${code} `) }).count()).resolves.toBe(1);
}
