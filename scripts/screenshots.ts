import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { freePort } from "../src/platform/testing/free-port.ts";

/**
 * npm run screenshots: refreshes docs/screenshots/{home,dashboard,matrix}-fr.png, the README's
 * pictures, from a server of its own on the demonstration data (a throw-away data directory),
 * seen by Debian's Chromium at 1366 × 900.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(ROOT, "bin", "alliage.js");
const OUT = path.join(ROOT, "docs", "screenshots");
const SHOTS = [
  { name: "home-fr", path: "/" },
  { name: "dashboard-fr", path: "/cooperation" },
  { name: "matrix-fr", path: "/criticite" },
];

const run = promisify(execFile);

async function waitFor(url: string, ready: (body: string) => boolean, what: string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok && ready(await res.text())) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${what} not ready at ${url} after 3 minutes`);
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-screenshots-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ALLIAGE_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  await run(process.execPath, [CLI, "db", "seed", "--demo"], { cwd: ROOT, env });
  const server = spawn(process.execPath, [CLI, "serve"], { cwd: ROOT, env, stdio: "inherit" });
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    // The public datasets are imported just after the server starts: the matrix waits for them.
    await waitFor(`${base}/criticite`, (html) => html.includes("matrix-table"), "the matrix");
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    fs.mkdirSync(OUT, { recursive: true });
    for (const shot of SHOTS) {
      await page.goto(`${base}${shot.path}`);
      const file = path.join(OUT, `${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(ROOT, file));
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
