import type { Page } from "playwright-core";
import { expect } from "vitest";
import { applicationText } from "../src/calls/applications/messages.ts";
import { callText } from "../src/calls/calls/messages.ts";
import { clickTo } from "./page-helpers.ts";

/**
 * The form-filling steps of the joint call's walk (e2e/calls.test.ts): the call form, and an
 * applicant's draft from its creation to its first save.
 */

/** A Toronto wall-clock time as a datetime-local field takes it: YYYY-MM-DDTHH:MM. */
export function torontoLocal(at: Date): string {
  // Sweden's format is ISO's: "2026-12-07 00:05:00".
  return at
    .toLocaleString("sv-SE", { timeZone: "America/Toronto", hour12: false })
    .replace(" ", "T")
    .slice(0, 16);
}

/** The next whole minute at least `ms` from now: the form takes minutes, not seconds. */
export function wholeMinuteAfter(ms: number): Date {
  const at = new Date(Date.now() + ms);
  if (at.getUTCSeconds() > 0 || at.getUTCMilliseconds() > 0) {
    at.setUTCSeconds(60, 0);
  }
  return at;
}

export const CALL_TITLE = {
  fr: "Recyclage des aimants permanents (e2e)",
  en: "Recycling permanent magnets (e2e)",
};
export const DOCUMENT = { fr: "Description scientifique", en: "Scientific description" };

/** Fills the call form (/appels/nouveau) and saves it: a draft call; returns its code. */
export async function createCall(
  page: Page,
  window: { opens: Date; closes: Date },
): Promise<string> {
  const field = (name: string) => page.locator(`[name="${name}"]`);
  await field("titleFr").fill(CALL_TITLE.fr);
  await field("titleEn").fill(CALL_TITLE.en);
  await field("textFr").fill("Appel conjoint fictif, ouvert par le test de bout en bout.");
  await field("textEn").fill("A fictitious joint call, opened by the end-to-end test.");
  await field("eligibleActivitiesFr").fill("Recherche appliquée et démonstration");
  await field("eligibleActivitiesEn").fill("Applied research and demonstration");
  await field("timeZone").selectOption("America/Toronto");
  await field("opensAt").fill(torontoLocal(window.opens));
  await field("closesAt").fill(torontoLocal(window.closes));
  await field("envelopeQc").fill("500 000");
  await field("envelopeFr").fill("500 000");
  await field("maxFundingQc").fill("100 000");
  await field("maxFundingFr").fill("100 000");
  await field("cofinancingRatePct").fill("50");
  await field("minPartnersPerParty").fill("1");
  await page.locator('input[name="lines"][value="2.1"]').check();
  await field("documents.0.labelFr").fill(DOCUMENT.fr);
  await field("documents.0.labelEn").fill(DOCUMENT.en);
  await page.locator('input[name="documents.0.required"]').check();
  await field("eligibility.0.labelFr").fill("Un partenaire de chaque partie");
  await field("eligibility.0.labelEn").fill("One partner from each party");
  await field("scored.0.labelFr").fill("Qualité scientifique");
  await field("scored.0.labelEn").fill("Scientific quality");
  await field("scored.0.weight").fill("1");
  await clickTo(
    page,
    page.getByRole("button", { name: callText("fr", "save"), exact: true }),
    (url) => /^\/appels\/AAP-\d{4}-\d{2}$/.test(url.pathname),
  );
  return new URL(page.url()).pathname.split("/").at(-1) as string;
}

export type Consortium = {
  title: string;
  lead: { name: string; kind: string };
  partner: { name: string; kind: string };
};

/**
 * From the call's page, « Préparer une candidature », then the draft with its two partners
 * (Québec lead, French partner), saved; then their budgets, the funding asked and the PDF.
 * Ends on the draft editor, everything typed, the PDF chosen but the last part not yet saved.
 * Returns the application's id.
 */
export async function prepareDraft(
  page: Page,
  code: string,
  consortium: Consortium,
  pdf: Buffer,
): Promise<string> {
  const a = (key: Parameters<typeof applicationText>[1]) => applicationText("fr", key);
  await page.goto(`/appels/${code}`);
  await clickTo(
    page,
    page.getByRole("link", { name: callText("fr", "apply") }),
    (url) => url.pathname === `/appels/${code}/candidater`,
  );
  await page.locator('[name="title"]').fill(consortium.title);
  await page.locator('[name="language"]').selectOption("fr");
  await clickTo(page, page.getByRole("button", { name: a("create") }), (url) =>
    /^\/candidatures\/[^/]+$/.test(url.pathname),
  );
  const id = new URL(page.url()).pathname.split("/").at(-1) as string;
  const field = (name: string) => page.locator(`[name="${name}"]`);
  await field("summaryFr").fill(`Résumé fictif : ${consortium.title}.`);
  await field("partner_0_name").fill(consortium.lead.name);
  await field("partner_0_party").selectOption("qc");
  await field("partner_0_kind").selectOption(consortium.lead.kind);
  await field("partner_0_role").selectOption("lead");
  await field("partner_1_name").fill(consortium.partner.name);
  await field("partner_1_party").selectOption("fr");
  await field("partner_1_kind").selectOption(consortium.partner.kind);
  await field("partner_1_role").selectOption("partner");
  await clickTo(
    page,
    page.getByRole("button", { name: a("save") }),
    (url) => url.pathname === `/candidatures/${id}` && url.searchParams.get("ok") === "enregistre",
  );
  await expect(page.getByRole("status").first().textContent()).resolves.toContain(a("saved"));

  // The budget names the saved partners, so it comes after the first save.
  await field("budget_0_partner").selectOption("0");
  await field("budget_0_year").fill("2027");
  await field("budget_0_amount").fill("80 000");
  await field("budget_0_currency").selectOption("CAD");
  await field("budget_1_partner").selectOption("1");
  await field("budget_1_year").fill("2027");
  await field("budget_1_amount").fill("80 000");
  await field("budget_1_currency").selectOption("EUR");
  await field("funding_qc").fill("40 000");
  await field("funding_fr").fill("40 000");
  await page
    .getByLabel(new RegExp(`^${DOCUMENT.fr}`))
    .setInputFiles({ name: "description.pdf", mimeType: "application/pdf", buffer: pdf });
  return id;
}
