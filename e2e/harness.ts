import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { describe } from "vitest";
import { authText } from "../src/platform/auth/messages.ts";
import { totpText } from "../src/platform/auth/totp/messages.ts";
import {
  createScratchDatabase,
  type ScratchDatabase,
} from "../src/platform/db/scratch-database.ts";
import type { Role } from "../src/platform/policy/roles.ts";
import { freePort } from "../src/platform/testing/free-port.ts";
import { totpCodeAt } from "../src/platform/testing/totp-code-at.ts";
import { type Health, servesPages } from "../src/platform/web/health.ts";

/**
 * The end-to-end harness: the real CLI creates the accounts (and the demonstration data), the
 * real server (`alliage serve`) runs as a child process on a free port with its own data
 * directory or scratch PostgreSQL database, and Debian's Chromium is driven by playwright-core.
 * Each test file starts its own, so vitest may run the files in parallel.
 */

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
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
const VIEWPORT = { width: 1280, height: 900 };
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);
/** For beforeAll: two or three CLI runs (PGlite compiles its WASM each time) and a first start. */
export const START_TIMEOUT = 240_000;
export const STOP_TIMEOUT = 60_000;

const hasChromium = fs.existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);

const run = promisify(execFile);

// Loaded into the server process: when this test process dies without running afterAll (a
// crash, Ctrl-C), the server's stdin closes and it shuts itself down instead of lingering.
const ORPHAN_GUARD = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM')); process.stdin.resume(); process.stdin.unref?.();",
)}`;

/**
 * `describe`, skipped with a message when Chromium is missing on a developer's machine; under
 * CI=true it always runs, and the harness's start fails loudly instead.
 */
export function browserDescribe(file: string) {
  if (!hasChromium && !inCi) {
    console.warn(
      `${file} skipped: Chromium is missing at ${CHROMIUM}; install it with \`apt-get install chromium\`.`,
    );
  }
  return describe.skipIf(!hasChromium && !inCi);
}

export type AccountSpec = { email: string; role: Role };
type Server = { child: ChildProcess; output: () => string };

export type Harness = {
  /** Creates the accounts, seeds, starts the server and the browser. */
  start: () => Promise<void>;
  /** Stops whatever start got to start, even halfway; throws the first error met. */
  stop: () => Promise<void>;
  baseUrl: () => string;
  dataDir: () => string;
  /** A fresh browser context (its own cookies) on the server, and a page in it. */
  newPage: () => Promise<{ context: BrowserContext; page: Page }>;
  /**
   * Signs in from the sign-in page the page is on and ends on the account page: the first time
   * with the account's one-time password, which it then changes (the change is enforced).
   */
  signIn: (page: Page, email: string, options?: { onStep?: SignInStepCheck }) => Promise<void>;
};

/** Called on each page of the second factor, before it is filled in (accessibility checks…). */
export type SignInStepCheck = (
  page: Page,
  step: "enrolment" | "recovery-codes" | "second-factor",
) => Promise<void>;

export function createHarness(options: {
  accounts: AccountSpec[];
  demo: boolean;
  /** More environment for the server, once its address is known (an identity provider's…). */
  serverEnv?: (baseUrl: string) => Promise<Record<string, string>>;
}): Harness {
  let dataDir: string | undefined;
  let database: ScratchDatabase | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let baseUrl = "";
  const passwords = new Map<string, string>();
  const changed = new Set<string>();

  // If this worker dies without running afterAll, the server must not outlive it.
  const killOnExit = () => {
    if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
  };

  const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", ...extra };
    if (database) env.DATABASE_URL = database.url;
    else delete env.DATABASE_URL;
    return env;
  };

  return {
    async start() {
      if (!hasChromium) {
        throw new Error(
          `Chromium is missing at ${CHROMIUM}: CI must install it (apt-get install chromium).`,
        );
      }
      process.once("exit", killOnExit);
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-e2e-"));
      if (process.env.DATABASE_URL) {
        database = await createScratchDatabase(process.env.DATABASE_URL);
      }
      const port = await freePort();
      const env = childEnv({ ALLIAGE_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" });
      // PGlite's data directory belongs to one process at a time: the accounts and the
      // demonstration data (request 202311-76, the fictitious portfolio) come first.
      for (const account of options.accounts) {
        passwords.set(account.email, await createAccount(env, account));
      }
      if (options.demo) {
        await run(process.execPath, [CLI, "db", "seed", "--demo"], {
          cwd: ROOT,
          env,
          timeout: 120_000,
        });
      }
      baseUrl = `http://127.0.0.1:${port}`;
      server = startServer({ ...env, ...(await options.serverEnv?.(baseUrl)) });
      // Both settle before anything throws, so stop always knows the browser it must close.
      const [launched, healthy] = await Promise.allSettled([
        chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
        waitForHealth(baseUrl, server, 60_000),
      ]);
      if (launched.status === "fulfilled") browser = launched.value;
      if (healthy.status === "rejected") throw healthy.reason;
      if (launched.status === "rejected") throw launched.reason;
    },

    async stop() {
      const errors: unknown[] = [];
      const attempt = async (step: () => Promise<unknown>) => {
        try {
          await step();
        } catch (error) {
          errors.push(error);
        }
      };
      const [b, s, db, dir] = [browser, server, database, dataDir];
      if (b) await attempt(() => b.close());
      if (s) await attempt(() => stopServer(s));
      process.off("exit", killOnExit);
      if (db) await attempt(db.drop);
      if (dir) await attempt(async () => fs.rmSync(dir, { recursive: true }));
      if (errors.length > 0) throw errors[0];
    },

    baseUrl: () => baseUrl,

    dataDir() {
      if (!dataDir) throw new Error("the harness has not started");
      return dataDir;
    },

    async newPage() {
      if (!browser) throw new Error("the browser is not running");
      const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT });
      // Shorter than the test's own timeout, so a missing element is named in the failure.
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      return { context, page };
    },

    async signIn(page, email, signInOptions = {}) {
      const oneTime = passwords.get(email);
      if (!oneTime) throw new Error(`no account ${email} in this harness`);
      const chosen = `${oneTime} changé`;
      const submit = async (password: string) => {
        await page.locator("#email").fill(email);
        await page.locator("#password").fill(password);
        await Promise.all([
          page.waitForURL((url) => url.pathname !== "/connexion"),
          page
            .locator("main form")
            .getByRole("button", { name: authText("fr", "submitSignIn") })
            .click(),
        ]);
        if (new URL(page.url()).pathname === "/connexion/second-facteur")
          await passSecondFactor(page, email, signInOptions.onStep);
      };
      if (changed.has(email)) {
        await submit(chosen);
      } else {
        // The one-time password opens only the change form (enforced): change it, sign in again.
        await submit(oneTime);
        await page.locator("#current").fill(oneTime);
        await page.locator("#password").fill(chosen);
        await page.locator("#confirm").fill(chosen);
        await Promise.all([
          page.waitForURL((url) => url.pathname === "/connexion"),
          page.getByRole("button", { name: authText("fr", "submitChange") }).click(),
        ]);
        changed.add(email);
        await submit(chosen);
      }
      // Where a first sign-in has always led: the account page.
      await page.goto("/compte");
    },
  };
}

/** Each account's authenticator app: its key, and the last time step whose code was used. */
const authenticators = new Map<string, { secret: string; lastStep: number }>();

/**
 * The second step as a person does it: at the first sign-in, the key shown for typing into
 * the app, the app's code (computed by the authenticator library), the recovery codes page;
 * later, the app's code. A code is good once, so a second sign-in within the same 30 seconds
 * uses the next step's code (accepted a step early), or waits for it.
 */
async function passSecondFactor(
  page: Page,
  email: string,
  onStep: SignInStepCheck = async () => {},
): Promise<void> {
  const key = page.locator(".totp-secret");
  const enrolling = (await key.count()) > 0;
  await onStep(page, enrolling ? "enrolment" : "second-factor");
  const app = enrolling
    ? { secret: (await key.getAttribute("data-secret")) ?? "", lastStep: 0 }
    : authenticators.get(email);
  if (!app) throw new Error(`no authenticator app enrolled for ${email}`);
  const step = Math.max(Math.floor(Date.now() / 30_000), app.lastStep + 1);
  while (step > Math.floor(Date.now() / 30_000) + 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  authenticators.set(email, { secret: app.secret, lastStep: step });
  await page.locator("#code").fill(totpCodeAt(app.secret, new Date(step * 30_000)));
  const submit = totpText("fr", enrolling ? "enrolSubmit" : "verify");
  if (enrolling) {
    await page.getByRole("button", { name: submit }).click();
    const proceed = page.getByRole("link", { name: totpText("fr", "continue") });
    await proceed.waitFor();
    await onStep(page, "recovery-codes");
    await proceed.click();
  } else {
    await Promise.all([
      page.waitForURL((url) => url.pathname !== "/connexion/second-facteur"),
      page.getByRole("button", { name: submit }).click(),
    ]);
  }
}

/** `alliage users create` prints the one-time password alone on its last line. */
async function createAccount(env: NodeJS.ProcessEnv, account: AccountSpec): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [CLI, "users", "create", "--email", account.email, "--role", account.role],
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
  const started = Date.now();
  const deadline = started + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null || s.child.signalCode !== null) {
      throw new Error(
        `the server exited (${s.child.exitCode ?? s.child.signalCode}) ${Date.now() - started} ms after its start, before answering /healthz (last: ${last}):\n${s.output()}`,
      );
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      // It answers from the moment it listens, saying it is starting until its database is open,
      // then (embedded database) that it loads its reference data.
      const health: Health = res.status === 200 ? ((await res.json()) as Health) : {};
      if (res.status === 200 && servesPages(health)) return;
      last = `HTTP ${res.status} ${health.database ?? ""} ${health.import ?? ""}`;
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

export const pathname = (page: Page) => new URL(page.url()).pathname;
export const htmlLang = (page: Page) => page.locator("html").getAttribute("lang");

/** axe-core's serious and critical findings on the page as it is now, one line per element. */
export async function blockingViolations(page: Page, label: string): Promise<string[]> {
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
