import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CLI_PERFORMER } from "../audit/commands.ts";
import { createApiToken, createUser } from "../auth/commands.ts";
import { openSession } from "../auth/session/commands.ts";
import { describeTables, ROW } from "../db/backup-schema.ts";
import type { Db } from "../db/client.ts";
import { quoteIdent } from "../db/sql.ts";

/** Test helpers for backups: not used by the application. */

export const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "alliage-backup-"));

// Quotes, backslashes, a line break, accents and a character outside the BMP: everything an
// SQL literal or a line-based reader could get wrong.
export const AWKWARD = "O'Brien \\ \"cité\" ''\nligne 2 — Œuvre ✓ 😀";

/** Users, tokens, a session, a sign-in failure and the audit events they leave behind. */
export async function fill(db: Db, tag: string): Promise<void> {
  const admin = await createUser(db, CLI_PERFORMER, {
    email: `admin-${tag}@example.org`,
    role: "admin",
    name: AWKWARD,
  });
  const member = await createUser(db, CLI_PERFORMER, {
    email: `membre-${tag}@example.org`,
    role: "member-fr",
  });
  const now = new Date("2024-02-29T12:34:56.789Z");
  await createApiToken(db, CLI_PERFORMER, { userId: admin.id, name: AWKWARD, days: 30, now });
  await createApiToken(db, CLI_PERFORMER, { userId: member.id, name: "cli", now });
  await openSession(db, member.id, now, 12, "Mozilla/5.0 'quoted'");
  await db.query("INSERT INTO login_failures (email_key, ip) VALUES ($1, $2)", [
    `x-${tag}@example.org`,
    "::1",
  ]);
  await db.query(
    `INSERT INTO audit_events (actor_id, actor_label, action, subject_type, changes)
     VALUES ($1, 'test', 'test.awkward', 'Test', $2)`,
    [admin.id, JSON.stringify({ text: AWKWARD, nested: { list: [1, 2.5, null, true] } })],
  );
}

/** Every row of every application table, as PostgreSQL writes it, in a stable order. */
export function snapshot(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    // Timestamps are written in the session's time zone, which differs between servers.
    await tx.exec("SET LOCAL TimeZone = 'UTC'");
    const out: Record<string, string[]> = {};
    for (const { name } of await describeTables(tx)) {
      const rows = await tx.query<{ j: string }>(
        `SELECT row_to_json(${ROW}.*)::text AS j FROM ${quoteIdent(name)} ${ROW}`,
      );
      out[name] = rows.map((r) => r.j).sort();
    }
    return out;
  });
}

export const countRows = (snap: Record<string, string[]>) =>
  Object.values(snap).reduce((sum, rows) => sum + rows.length, 0);
