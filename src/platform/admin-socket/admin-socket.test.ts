import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type AdminRequest,
  adminSocketPath,
  askAdminSocket,
  serveAdminSocket,
} from "./admin-socket.ts";

let dir = "";
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-admin-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function collect() {
  const lines: string[] = [];
  return {
    lines,
    io: { out: (l: string) => lines.push(`out:${l}`), err: (l: string) => lines.push(`err:${l}`) },
  };
}

describe("the admin socket", () => {
  it("runs a request in the serving process and hands back its lines and exit code", async () => {
    const seen: AdminRequest[] = [];
    const channel = await serveAdminSocket(
      dir,
      async (request, io) => {
        seen.push(request);
        io.out(`bonjour ${request.argv.join(" ")}`);
        io.err("attention : « ligne 2 »");
        return 3;
      },
      (error) => {
        throw error;
      },
    );
    try {
      expect(fs.statSync(adminSocketPath(dir)).mode & 0o777).toBe(0o600);
      const { lines, io } = collect();
      const request: AdminRequest = { argv: ["users", "list"], lang: "en", cwd: "/tmp" };
      expect(await askAdminSocket(dir, request, io)).toBe(3);
      expect(lines).toEqual(["out:bonjour users list", "err:attention : « ligne 2 »"]);
      expect(seen).toEqual([request]);
    } finally {
      await channel?.close();
    }
  });

  it("answers a request it cannot read with exit code 2, running nothing", async () => {
    let ran = false;
    const channel = await serveAdminSocket(
      dir,
      async () => {
        ran = true;
        return 0;
      },
      () => {},
    );
    try {
      const replies = await new Promise<string>((resolve) => {
        let text = "";
        const socket = net.createConnection(adminSocketPath(dir), () =>
          socket.write('{"argv":"users","lang":"de","cwd":"relatif"}\n'),
        );
        socket.on("data", (chunk) => {
          text += chunk.toString("utf8");
        });
        socket.on("close", () => resolve(text));
      });
      expect(
        replies
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l)),
      ).toEqual([{ err: "alliage: requête invalide / invalid request" }, { exit: 2 }]);
      expect(ran).toBe(false);
    } finally {
      await channel?.close();
    }
  });

  it("says no server listens when there is no socket, or only a dead server's", async () => {
    const request: AdminRequest = { argv: ["users", "list"], lang: "fr", cwd: "/" };
    expect(await askAdminSocket(dir, request, collect().io)).toBeNull();
    fs.writeFileSync(adminSocketPath(dir), "");
    expect(await askAdminSocket(dir, request, collect().io)).toBeNull();
  });
});
