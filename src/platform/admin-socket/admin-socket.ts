import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fail } from "../errors/app-error.ts";

/** One command asked of the running server: the CLI's words, language and directory. */
export type AdminRequest = { argv: string[]; lang: "fr" | "en"; cwd: string };

export type AdminIo = { out: (line: string) => void; err: (line: string) => void };

/** Runs one request in the server process; resolves to the command's exit code. */
export type AdminHandler = (request: AdminRequest, io: AdminIo) => Promise<number>;

/** One JSON object a line, each way: the request, then output lines and the exit code. */
type Reply = { out: string } | { err: string } | { exit: number };

export const ADMIN_SOCKET = "admin.sock";

/** Unix socket paths are limited to about 107 bytes (sun_path). */
const MAX_SOCKET_PATH = 100;

export const adminSocketPath = (dataDir: string) => path.join(dataDir, ADMIN_SOCKET);

/**
 * The local admin channel of a server on the embedded database: the only process that may open
 * the data directory runs the CLI's commands for it. The socket is the owner's alone (mode
 * 0600), like the database files beside it, so it grants nothing that reading those would not.
 * Resolves to null where no socket can be made (Windows, a path too long for sun_path).
 */
export async function serveAdminSocket(
  dataDir: string,
  handler: AdminHandler,
  onError: (error: unknown) => void,
): Promise<{ close(): Promise<void> } | null> {
  const file = adminSocketPath(dataDir);
  if (process.platform === "win32" || Buffer.byteLength(file) > MAX_SOCKET_PATH) return null;
  // The caller holds the data directory's lock: a socket file left here is a dead server's.
  fs.rmSync(file, { force: true });
  const server = net.createServer((socket) => {
    answer(socket, handler).catch((error: unknown) => {
      onError(error);
      socket.destroy();
    });
  });
  const previous = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(file, () => resolve());
    });
  } finally {
    process.umask(previous);
  }
  fs.chmodSync(file, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

async function answer(socket: net.Socket, handler: AdminHandler): Promise<void> {
  const request = parseRequest(await firstLine(socket));
  const send = (reply: Reply) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}\n`);
  };
  if (!request) {
    send({ err: "alliage: requête invalide / invalid request" });
    send({ exit: 2 });
    socket.end();
    return;
  }
  const code = await handler(request, {
    out: (line) => send({ out: line }),
    err: (line) => send({ err: line }),
  });
  send({ exit: code });
  socket.end();
}

function firstLine(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const end = text.indexOf("\n");
      if (end >= 0) {
        socket.off("data", onData);
        resolve(text.slice(0, end));
      } else if (text.length > 1_000_000) {
        reject(new Error("admin request too long"));
      }
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.once("end", () => resolve(text));
  });
}

function parseRequest(line: string): AdminRequest | null {
  try {
    const value = JSON.parse(line) as Partial<AdminRequest>;
    if (
      Array.isArray(value.argv) &&
      value.argv.every((a) => typeof a === "string") &&
      (value.lang === "fr" || value.lang === "en") &&
      typeof value.cwd === "string" &&
      path.isAbsolute(value.cwd)
    ) {
      return { argv: value.argv, lang: value.lang, cwd: value.cwd };
    }
  } catch {
    // Not JSON: answered as invalid.
  }
  return null;
}

/**
 * Asks the server listening on the data directory's socket to run a request, printing what it
 * prints. Resolves to its exit code, or to null when no server listens there (the caller then
 * opens the database itself, and the data directory's lock says whether it may).
 */
export function askAdminSocket(
  dataDir: string,
  request: AdminRequest,
  io: AdminIo,
): Promise<number | null> {
  const file = adminSocketPath(dataDir);
  if (!fs.existsSync(file)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let connected = false;
    let exit: number | null = null;
    let pending = "";
    const socket = net.createConnection(file, () => {
      connected = true;
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on("data", (chunk) => {
      pending += chunk.toString("utf8");
      let end = pending.indexOf("\n");
      while (end >= 0) {
        const reply = JSON.parse(pending.slice(0, end)) as Reply;
        pending = pending.slice(end + 1);
        if ("out" in reply) io.out(reply.out);
        else if ("err" in reply) io.err(reply.err);
        else exit = reply.exit;
        end = pending.indexOf("\n");
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // A socket file with no server behind it: the server died without removing it.
      if (!connected && (error.code === "ECONNREFUSED" || error.code === "ENOENT")) resolve(null);
      else reject(error);
    });
    socket.on("close", () => {
      if (!connected) return;
      if (exit === null) reject(fail("admin_channel_closed"));
      else resolve(exit);
    });
  });
}
