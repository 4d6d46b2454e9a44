import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPdf } from "../src/access/redaction/test-pdfs.ts";
import { accessText } from "../src/access/web/messages.ts";
import { authText } from "../src/platform/auth/messages.ts";
import {
  createScratchDatabase,
  type ScratchDatabase,
} from "../src/platform/db/scratch-database.ts";
import { freePort } from "../src/platform/testing/free-port.ts";
import { ui } from "../src/platform/web/messages.ts";

/**
 * End to end: the real CLI creates an account, the real server (`alliage serve`) runs as a child
 * process, and Debian's Chromium, driven by playwright-core, walks the public pages, the language
 * switch, sign-in and sign-out, and checks accessibility with axe-core.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(ROOT, "bin", "alliage.js");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const EMAIL = "e2e@example.org";
const VIEWPORT = { width: 1280, height: 900 };
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);
const TEST_TIMEOUT = 60_000;

const hasChromium = fs.existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!hasChromium && !inCi) {
  console.warn(
    `e2e/browser.test.ts skipped: Chromium is missing at ${CHROMIUM}; install it with \`apt-get install chromium\`.`,
  );
}

const run = promisify(execFile);

// Loaded into the server process: when this test process dies without running afterAll (a
// crash, Ctrl-C), the server's stdin closes and it shuts itself down instead of lingering.
const ORPHAN_GUARD = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM')); process.stdin.resume(); process.stdin.unref?.();",
)}`;

type Server = { child: ChildProcess; output: () => string };

let dataDir: string | undefined;
let database: ScratchDatabase | undefined;
let server: Server | undefined;
let browser: Browser | undefined;
let baseUrl = "";
let oneTimePassword = "";

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", ...extra };
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;
  return env;
}

/** `alliage users create` prints the one-time password alone on its last line. */
async function createAccount(env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [CLI, "users", "create", "--email", EMAIL, "--role", "admin"],
    { cwd: ROOT, env, timeout: 60_000 },
  );
  const password = stdout.trim().split("\n").at(-1)?.trim() ?? "";
  if (!password || /\s/.test(password)) {
    throw new Error(`could not read the one-time password from the CLI's output:\n${stdout}`);
  }
  return password;
}

function startServer(env: NodeJS.ProcessEnv): Server {
  const child = spawn(process.execPath, ["--import", ORPHAN_GUARD, CLI, "serve"], {
    cwd: ROOT,
    env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => output };
}

async function waitForHealth(url: string, s: Server, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null || s.child.signalCode !== null) {
      throw new Error(
        `the server exited (${s.child.exitCode ?? s.child.signalCode}) before answering /healthz:\n${s.output()}`,
      );
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `/healthz did not answer 200 within ${timeoutMs / 1000} s (${last}):\n${s.output()}`,
  );
}

async function stopServer(s: Server): Promise<void> {
  const { child } = s;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

// If this worker dies without running afterAll, the server must not outlive it.
const killOnExit = () => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
};

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error("the browser is not running");
  const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT });
  // Shorter than the test's own timeout, so a missing element is named in the failure.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

const pathname = (page: Page) => new URL(page.url()).pathname;
const htmlLang = (page: Page) => page.locator("html").getAttribute("lang");

async function signIn(page: Page): Promise<void> {
  await page.locator("#email").fill(EMAIL);
  await page.locator("#password").fill(oneTimePassword);
  await Promise.all([
    page.waitForURL((url) => url.pathname === "/compte"),
    page
      .locator("main form")
      .getByRole("button", { name: authText("fr", "submitSignIn") })
      .click(),
  ]);
}

/** axe-core's serious and critical findings on the page as it is now, one line per element. */
async function blockingViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""))
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${label} [${v.impact}] ${v.id}: ${v.help} — ${n.target.join(" ")}\n    ${n.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`,
      ),
    );
}

describe.skipIf(!hasChromium && !inCi)("in a browser", { timeout: TEST_TIMEOUT }, () => {
  beforeAll(async () => {
    if (!hasChromium) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: CI must install it (apt-get install chromium).`,
      );
    }
    process.once("exit", killOnExit);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-e2e-"));
    if (process.env.DATABASE_URL) database = await createScratchDatabase(process.env.DATABASE_URL);
    const port = await freePort();
    const env = childEnv({ ALLIAGE_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" });
    // PGlite's data directory belongs to one process at a time: the account and the
    // demonstration data (request 202311-76, the fictitious portfolio) come first.
    oneTimePassword = await createAccount(env);
    await run(process.execPath, [CLI, "db", "seed", "--demo"], { cwd: ROOT, env, timeout: 90_000 });
    baseUrl = `http://127.0.0.1:${port}`;
    server = startServer(env);
    // Both settle before anything throws, so afterAll always knows the browser it must close.
    const [launched, healthy] = await Promise.allSettled([
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
      waitForHealth(baseUrl, server, 60_000),
    ]);
    if (launched.status === "fulfilled") browser = launched.value;
    if (healthy.status === "rejected") throw healthy.reason;
    if (launched.status === "rejected") throw launched.reason;
  }, 180_000);

  afterAll(async () => {
    const errors: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    };
    if (browser) await attempt(() => (browser as Browser).close());
    if (server) await attempt(() => stopServer(server as Server));
    process.off("exit", killOnExit);
    if (database) await attempt((database as ScratchDatabase).drop);
    if (dataDir) await attempt(async () => fs.rmSync(dataDir as string, { recursive: true }));
    if (errors.length > 0) throw errors[0];
  }, 60_000);

  it("serves the home page in French and switches to English and back", async () => {
    const { context, page } = await newPage();
    try {
      await page.goto("/");
      expect(await htmlLang(page)).toBe("fr");
      await page.locator("h1").first().waitFor({ state: "visible" });
      expect(await page.title()).toContain("Alliage");
      if (process.env.ALLIAGE_SCREENSHOT === "1") {
        fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
        await page.screenshot({ path: path.join(ROOT, "docs", "screenshot.png") });
      }

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

  it("has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)", async () => {
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
  });

  it("walks an access request from the public form to its published decision", async () => {
    const requester = { name: "Élise Confidentielle", email: "elise.c@example.org" };
    const pdf = path.join(dataDir as string, "document.pdf");
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
      await o.locator("#kind").selectOption("decision");
      await submit("/lettres");
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
