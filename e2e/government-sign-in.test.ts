import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { oidcText } from "../src/platform/auth/oidc/messages.ts";
import { startTestProvider, type TestProvider } from "../src/platform/auth/oidc/test-provider.ts";
import { totpText } from "../src/platform/auth/totp/messages.ts";
import {
  blockingViolations,
  browserDescribe,
  createHarness,
  pathname,
  START_TIMEOUT,
  STOP_TIMEOUT,
} from "./harness.ts";

/**
 * End to end, in Chromium: an access officer of the ministry signs in through an OpenID Connect
 * provider (a real oidc-provider, in this process), and an administrator enrols a TOTP second
 * factor at their first password sign-in, then signs in with it. Every page is axe-clean.
 */

const OFFICER = "responsable@mrnf.gouv.qc.ca";
const ADMIN = "admin-e2e@example.org";
const TEST_TIMEOUT = 120_000;

let provider: TestProvider | undefined;
const harness = createHarness({
  accounts: [
    { email: OFFICER, role: "access-officer" },
    { email: ADMIN, role: "admin" },
  ],
  demo: false,
  async serverEnv(baseUrl) {
    provider = await startTestProvider({
      accounts: [{ email: OFFICER, emailVerified: true, name: "Agente du ministère" }],
      redirectUris: [`${baseUrl}/connexion/oidc/mrnf/retour`],
      postLogoutRedirectUris: [`${baseUrl}/`],
    });
    return provider.env("mrnf", { party: "qc", emailDomains: "mrnf.gouv.qc.ca" });
  },
});

const expectAxeClean = async (page: Page, label: string) =>
  expect(await blockingViolations(page, label)).toEqual([]);

browserDescribe("e2e/government-sign-in.test.ts")(
  "government sign-in and second factor",
  { timeout: TEST_TIMEOUT },
  () => {
    beforeAll(() => harness.start(), START_TIMEOUT);
    afterAll(async () => {
      await harness.stop();
      await provider?.stop();
    }, STOP_TIMEOUT);

    it("signs an official in through the identity provider, without a password or a code", async () => {
      const { context, page } = await harness.newPage();
      try {
        await page.goto("/connexion");
        await expectAxeClean(page, "sign-in page with a provider");
        const label = oidcText("fr", "signInWith", { label: "Fournisseur d’essai mrnf" });
        await page.getByRole("link", { name: label }).click();
        // The provider's own login page, on its own origin.
        await page.locator("#login").fill(OFFICER);
        await Promise.all([
          page.waitForURL((url) => url.origin === harness.baseUrl()),
          page.getByRole("button", { name: "Continuer / Continue" }).click(),
        ]);
        expect(pathname(page)).not.toBe("/connexion/second-facteur");
        await page.goto("/compte");
        await expect.poll(() => page.locator("main").textContent()).toContain(OFFICER);
        expect(await page.locator("main").textContent()).toContain(
          "Responsable de l’accès à l’information",
        );
        await expectAxeClean(page, "account page after OpenID Connect");
      } finally {
        await context.close();
      }
    });

    it("enrols an administrator's second factor at the first sign-in, then asks for a code", async () => {
      const { context, page } = await harness.newPage();
      try {
        const seen: string[] = [];
        await page.goto("/connexion");
        await harness.signIn(page, ADMIN, {
          async onStep(p, step) {
            seen.push(step);
            if (step === "enrolment") {
              expect(await p.locator("h1").textContent()).toBe(totpText("fr", "enrolTitle"));
              await expect.poll(() => p.locator("figure.qr-code svg").count()).toBe(1);
            }
            if (step === "recovery-codes") {
              expect(await p.locator(".recovery-codes li").count()).toBe(10);
            }
            await expectAxeClean(p, `second factor: ${step}`);
          },
        });
        // Enrolment with the one-time password, then the enforced change, then a code.
        expect(seen).toEqual(["enrolment", "recovery-codes", "second-factor"]);
        expect(pathname(page)).toBe("/compte");
        const account = (await page.locator("main").textContent()) ?? "";
        expect(account).toContain(totpText("fr", "sectionTitle"));
        expect(account).toMatch(/Codes de secours inutilisés\s:\s10/);
      } finally {
        await context.close();
      }
    });
  },
);
