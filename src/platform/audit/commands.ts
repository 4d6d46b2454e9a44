import type { Db, Queryable } from "../db/client.ts";
import type { Actor } from "../policy/roles.ts";
import type { Changes } from "./changes.ts";

/** Who performs a command: a user of the web or API, or the command-line tool. */
export type Performer = { actorId: string | null; label: string; requestId?: string };

export const performerOf = (actor: Actor, requestId?: string): Performer =>
  actor.kind === "user"
    ? { actorId: actor.id, label: actor.email, requestId }
    : { actorId: null, label: "public", requestId };

export const CLI_PERFORMER: Performer = { actorId: null, label: "cli" };

export type AuditEntry = {
  subjectType: string;
  subjectId?: string | null;
  changes?: Changes;
  /** When one command does two things the journal names apart (enrol, then open a session). */
  action?: string;
};

export type CommandTools = {
  tx: Queryable;
  /** Records what the command did; written in the command's own transaction. */
  audit: (entry: AuditEntry) => Promise<void>;
};

/**
 * A business operation: one transaction for its writes and their audit events, so that either
 * everything it did is recorded or nothing happened.
 */
export function runCommand<T>(
  db: Db,
  performer: Performer,
  action: string,
  body: (tools: CommandTools) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const audit = async (entry: AuditEntry) => {
      await tx.query(
        `INSERT INTO audit_events (actor_id, actor_label, action, subject_type, subject_id, changes, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          performer.actorId,
          performer.label,
          entry.action ?? action,
          entry.subjectType,
          entry.subjectId ?? null,
          JSON.stringify(entry.changes ?? {}),
          performer.requestId ?? null,
        ],
      );
    };
    return body({ tx, audit });
  });
}
