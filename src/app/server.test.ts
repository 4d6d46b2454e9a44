import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../platform/config/env.ts";
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
    const { stop } = await startServer(config);
    try {
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
});
