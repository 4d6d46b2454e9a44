import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../platform/config/env.ts";
import { LOCK_FILE } from "../platform/db/data-dir-lock.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { freePort } from "../platform/testing/free-port.ts";
import { startServer } from "./server.ts";

describe("startServer", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-server-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates, migrates and seeds the embedded database, serves, then stops cleanly", async () => {
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      HOST: "127.0.0.1",
      ALLIAGE_DATA_DIR: dir,
      LOG_LEVEL: "silent",
    });
    const { stop, referenceData } = await startServer(config);
    try {
      // On the embedded database, requests wait for the reference data (503 meanwhile).
      await referenceData;
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/declaration`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { signedOn: string };
      expect(body.signedOn).toBe("2023-11-22");
    } finally {
      await stop();
    }
    expect(fs.existsSync(path.join(dir, "pgdata"))).toBe(true);
  }, 60_000);

  it("stops with a clear error when the port is taken", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const config = loadConfig({
        PORT: String(port),
        HOST: "127.0.0.1",
        ALLIAGE_DATA_DIR: dir,
        LOG_LEVEL: "silent",
      });
      const error = await startServer(config).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).messageIn("fr")).toContain(`Le port ${port} est déjà utilisé`);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it("answers from the moment it listens, while the database is still opening; then serves the application", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      PORT: String(port),
      HOST: "127.0.0.1",
      ALLIAGE_DATA_DIR: dir,
      LOG_LEVEL: "silent",
    });
    let opening: () => void = () => {};
    const openingAsked = new Promise<void>((resolve) => {
      opening = resolve;
    });
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The real database, held back until the requests below have been answered.
    const starting = startServer(config, {
      openingDb: async (open) => {
        opening();
        await released;
        return open();
      },
    });
    try {
      await openingAsked;
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({
        status: "ok",
        database: "starting",
        import: "running",
      });

      const page = await fetch(`${base}/criticite`);
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("2");
      expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(page.headers.get("x-frame-options")).toBe("DENY");
      const fr = await page.text();
      expect(fr).toContain('<html lang="fr">');
      expect(fr).toContain("<h1>Alliage démarre…</h1>");
      expect(fr).toContain("Alliage démarre\u00a0: réessayez dans quelques secondes.");
      expect(fr).toContain('href="/criticite"');

      const en = await fetch(`${base}/en/criticite?vue=liste`);
      expect(en.status).toBe(503);
      const enText = await en.text();
      expect(enText).toContain('<html lang="en">');
      expect(enText).toContain("<h1>Alliage is starting…</h1>");
      expect(enText).toContain('href="/en/criticite?vue=liste"');

      for (const [acceptLanguage, message] of [
        ["fr-CA,fr;q=0.9", "Alliage démarre\u00a0: réessayez dans quelques secondes."],
        ["en-CA,en;q=0.9", "Alliage is starting: try again in a few seconds."],
      ] as const) {
        const api = await fetch(`${base}/api/v1/declaration`, {
          headers: { "accept-language": acceptLanguage },
        });
        expect(api.status).toBe(503);
        expect(api.headers.get("retry-after")).toBe("2");
        expect(await api.json()).toEqual({ error: { id: "starting", message, fields: {} } });
      }
      const css = await fetch(`${base}/static/alliage.css`);
      expect(css.status).toBe(200);
      expect(await css.text()).toContain("body");
    } finally {
      release();
    }
    const { stop, referenceData } = await starting;
    try {
      await referenceData;
      const res = await fetch(`${base}/api/v1/declaration`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { signedOn: string }).signedOn).toBe("2023-11-22");
      const health = (await (await fetch(`${base}/healthz`)).json()) as { database: string };
      expect(health.database).toBe("pglite");
    } finally {
      await stop();
    }
  }, 60_000);

  it("refuses, before listening, a second server on a data directory in use", async () => {
    const [first, second] = [await freePort(), await freePort()];
    const configFor = (port: number) =>
      loadConfig({
        PORT: String(port),
        HOST: "127.0.0.1",
        ALLIAGE_DATA_DIR: dir,
        LOG_LEVEL: "silent",
      });
    const { stop } = await startServer(configFor(first));
    try {
      const error = await startServer(configFor(second)).catch((e: unknown) => e);
      expect((error as AppError).id).toBe("data_dir_locked");
      await expect(fetch(`http://127.0.0.1:${second}/healthz`)).rejects.toThrow();
      expect((await fetch(`http://127.0.0.1:${first}/healthz`)).status).toBe(200);
    } finally {
      await stop();
    }
  }, 60_000);

  it("closes the port and gives the directory back when the database cannot be opened", async () => {
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      HOST: "127.0.0.1",
      ALLIAGE_DATA_DIR: dir,
      LOG_LEVEL: "silent",
    });
    let listened = false;
    const error = await startServer(config, {
      openingDb: async () => {
        listened = (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200;
        throw new Error("disque illisible");
      },
    }).catch((e: unknown) => e);
    expect(listened).toBe(true);
    expect((error as Error).message).toBe("disque illisible");
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 60_000);
});
