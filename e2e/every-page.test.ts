import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../src/app/app.ts";
import { buildPolicy } from "../src/app/policy.ts";
import type { DeclaredRoute } from "../src/platform/http/access.ts";
import type { Deps } from "../src/platform/http/types.ts";
import { type Lang, localisedPath } from "../src/platform/i18n/i18n.ts";
import { type Actor, ANONYMOUS, type Role } from "../src/platform/policy/roles.ts";
import {
  blockingViolations,
  browserDescribe,
  createHarness,
  START_TIMEOUT,
  STOP_TIMEOUT,
} from "./harness.ts";

/**
 * Every GET page of the router table that a demonstration user can open, as the public, a
 * member, an access officer and an administrator would, in French and English, at 1366 and
 * 390 px: no horizontal scroll, axe-core clean, no « (s) » plural.
 */

const WIDTHS = [1366, 390] as const;
const ACCOUNTS = [
  { email: "membre@example.org", role: "member-qc" },
  { email: "responsable@example.org", role: "access-officer" },
  { email: "admin@example.org", role: "admin" },
] as const satisfies readonly { email: string; role: Role }[];

// Path parameters filled from the demonstration data; a page needing any other is left out.
const DEMO_PARAMS: Record<string, string> = {
  reference: "202311-76",
  code: "P-2024-020",
  kind: "acknowledgement",
  jurisdiction: "qc",
  lang: "fr",
  // The demo's calls take the year they were seeded in.
  call: `AAP-${new Date().getFullYear()}-01`,
};
const DEMO_MATERIAL = "/criticite/matieres/natural-graphite";

/**
 * Not pages: files (a letter's PDF preview), feeds, the API, steps reached only from another
 * step's form or from a mail's single-use link, and the removal confirmations that name their
 * item in the query (a year, a material and stage).
 */
const NOT_A_PAGE =
  /^\/(api\/(?!docs$)|static\/|healthz$|connexion\/|inscription\/confirmer$|mot-de-passe-oublie\/nouveau$)|\.(csv|xlsx|pdf|docx|atom|zip)$|\/:file$|\/recue\/|\/apercu-lettre\/|\/(indicateurs\/supprimer|capacites\/retirer)$/;

function demoPath(route: DeclaredRoute): string | undefined {
  if (route.path === "/criticite/matieres/:id") return DEMO_MATERIAL;
  const filled = route.path.replace(/:(\w+)/g, (whole, name: string) => DEMO_PARAMS[name] ?? whole);
  return filled.includes(":") ? undefined : filled;
}

/** The French paths of the pages, each with the roles allowed on it, the least privileged first. */
function pages(): { path: string; roles: (Role | "public")[] }[] {
  const policy = buildPolicy();
  // Only the route table is read: no handler runs, so no database is needed.
  const { routes } = createApp({ policy } as unknown as Deps);
  const actor = (role: Role): Actor => ({
    kind: "user",
    id: role,
    email: role,
    name: role,
    role,
    via: "session",
  });
  return routes
    .filter((r) => r.method === "GET" && !r.path.startsWith("/en") && !NOT_A_PAGE.test(r.path))
    .flatMap((r) => {
      const path = demoPath(r);
      const can = (a: Actor) => policy.can(a, r.access.action, r.access.subject);
      const roles = [
        ...(can(ANONYMOUS) ? (["public"] as const) : []),
        ...ACCOUNTS.map((a) => a.role).filter((role) => can(actor(role))),
      ];
      return path && roles.length > 0 ? [{ path, roles }] : [];
    });
}

const harness = createHarness({ accounts: [...ACCOUNTS], demo: true });

browserDescribe("e2e/every-page.test.ts")("every page", () => {
  beforeAll(() => harness.start(), START_TIMEOUT);
  afterAll(() => harness.stop(), STOP_TIMEOUT);

  it("fits 1366 and 390 px, passes axe-core and writes plurals in words, in both languages", async () => {
    // One page per role, signed in once and reused for every address.
    const tabs = new Map<Role | "public", Page>();
    const contexts = [];
    const { context, page } = await harness.newPage();
    contexts.push(context);
    tabs.set("public", page);
    for (const account of ACCOUNTS) {
      const tab = await harness.newPage();
      contexts.push(tab.context);
      await tab.page.goto("/connexion");
      await harness.signIn(tab.page, account.email);
      tabs.set(account.role, tab.page);
    }
    const problems: string[] = [];
    const list = pages();
    expect(list.length).toBeGreaterThan(30);
    try {
      for (const { path, roles } of list) {
        for (const lang of ["fr", "en"] as Lang[]) {
          problems.push(...(await check(tabs, roles, localisedPath(lang, path))));
        }
      }
    } finally {
      for (const c of contexts) await c.close();
    }
    expect(problems).toEqual([]);
  }, 1_200_000);
});

/**
 * One address: opened by the first allowed role that gets it (a member may not edit another
 * party's project: the next role tries), then checked at each width.
 */
async function check(
  tabs: Map<Role | "public", Page>,
  roles: (Role | "public")[],
  url: string,
): Promise<string[]> {
  for (const role of roles) {
    const page = tabs.get(role);
    if (!page) continue;
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    const response = await page.goto(url);
    const status = response?.status() ?? 0;
    if (status === 401 || status === 403) continue;
    const label = `${url} (${role})`;
    if (status !== 200) return [`${label}: HTTP ${status}`];
    // The API reference is drawn by swagger-ui after the load: check what the reader sees.
    if (url.endsWith("/api/docs")) await page.locator(".opblock").first().waitFor();
    const found = await blockingViolations(page, label);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const [scrollWidth, innerWidth, text] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
        document.body.textContent ?? "",
      ]);
      if (Number(scrollWidth) > Number(innerWidth))
        found.push(`${label} at ${width} px: ${scrollWidth} px wide`);
      if (width === WIDTHS[0] && String(text).includes("(s)")) found.push(`${label}: « (s) »`);
    }
    return found;
  }
  return [`${url}: no demonstration user may open it`];
}
