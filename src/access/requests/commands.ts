import type { Changes } from "../../platform/audit/changes.ts";
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import { randomSecret, sha256 } from "../../platform/auth/session/secrets.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import { addDays, computeDeadlines } from "../deadlines/index.ts";
import { deadlineRules } from "../deadlines/rules.ts";
import { STATUS_LABELS } from "./messages.ts";
import { mailAssignment, mailReceipt } from "./notifications.ts";
import { type Intake, referencePeriod } from "./schema.ts";
import { canMove, type Outcome, type Status } from "./status.ts";

// Audit entries name what changed but never the requester: the journal is read by people who
// are not access officers, and the Act keeps the identity confidential.
const PERSONAL = "[renseignement personnel]";

/** receiptToken is given once, to the requester's link; only its hash is stored. */
export type CreatedRequest = { id: string; reference: string; dueOn: string; receiptToken: string };

/** Registers a request: reference, statutory deadline, requester kept apart, first history row. */
export function createRequest(
  db: Db,
  performer: Performer,
  intake: Intake,
  options: { reference?: string } = {},
): Promise<CreatedRequest> {
  return runCommand(db, performer, "access.request.create", async ({ tx, audit }) => {
    const reference = options.reference ?? (await allocateReference(tx, intake.receivedOn));
    if (options.reference) await reserveReference(tx, reference);
    const { due } = computeDeadlines({
      received: intake.receivedOn,
      jurisdiction: intake.jurisdiction,
    });
    const receiptToken = randomSecret();
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO access_requests
         (reference, jurisdiction, channel, received_on, subject, documents_sought, lang, due_on,
          receipt_token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        reference,
        intake.jurisdiction,
        intake.channel,
        intake.receivedOn,
        intake.subject,
        intake.documentsSought,
        intake.lang,
        due,
        sha256(receiptToken),
      ],
    );
    const id = (row as { id: string }).id;
    await tx.query(
      `INSERT INTO access_requesters (request_id, name, email, postal_address, phone)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, intake.name, intake.email ?? null, intake.postalAddress ?? null, intake.phone ?? null],
    );
    await history(tx, id, null, "received", intake.receivedOn, performer, null);
    if (intake.email) {
      await mailReceipt(tx, intake.email, {
        reference,
        subject: intake.subject,
        lang: intake.lang,
        receivedOn: intake.receivedOn,
        dueOn: due,
      });
    }
    await audit({
      subjectType: "AccessRequest",
      subjectId: reference,
      changes: {
        reference: { from: null, to: reference },
        jurisdiction: { from: null, to: intake.jurisdiction },
        channel: { from: null, to: intake.channel },
        receivedOn: { from: null, to: intake.receivedOn },
        dueOn: { from: null, to: due },
        requester: { from: null, to: PERSONAL },
      },
    });
    return { id, reference, dueOn: due, receiptToken };
  });
}

type Current = {
  id: string;
  reference: string;
  status: Status;
  jurisdiction: Jurisdiction;
  received_on: string;
  due_on: string;
  extended_on: string | null;
  decided_on: string | null;
};

export async function lockRequest(tx: Queryable, reference: string): Promise<Current> {
  const [row] = await tx.query<Current>(
    `SELECT id, reference, status, jurisdiction, received_on, due_on, extended_on, decided_on
       FROM access_requests WHERE reference = $1 FOR UPDATE`,
    [reference],
  );
  if (!row) throw fail("access_request_unknown", { reference });
  return row;
}

async function history(
  tx: Queryable,
  requestId: string,
  from: Status | null,
  to: Status,
  onDate: string,
  performer: Performer,
  note: string | null,
) {
  await tx.query(
    `INSERT INTO access_status_history (request_id, from_status, to_status, on_date, note, by_user)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [requestId, from, to, onDate, note, performer.actorId],
  );
}

export type Transition = {
  reference: string;
  to: Status;
  onDate: string;
  note?: string | undefined;
  outcome?: Outcome | undefined;
};

/**
 * Moves a request to its next status. An extension needs its notice sent before the first
 * deadline expires (art. 47); a decision needs an outcome and is dated on or after receipt.
 */
export function moveRequest(db: Db, performer: Performer, t: Transition): Promise<void> {
  return runCommand(db, performer, "access.request.transition", async ({ tx, audit }) => {
    const r = await lockRequest(tx, t.reference);
    if (!canMove(r.status, t.to, r.extended_on !== null)) {
      throw fail("access_transition_refused", {
        from: STATUS_LABELS[r.status],
        to: STATUS_LABELS[t.to] ?? t.to,
      });
    }
    if (t.onDate < r.received_on) throw fail("access_date_before_receipt");
    const sets: string[] = ["status = $2", "updated_at = now()"];
    const params: unknown[] = [r.id, t.to];
    const changes: Changes = {
      status: { from: r.status, to: t.to },
    };
    if (t.to === "extended") {
      // The rules refuse an extension under French law and a notice sent after the deadline.
      const { extendedDue } = computeDeadlines({
        received: r.received_on,
        jurisdiction: r.jurisdiction,
        extensionNoticeSent: t.onDate,
      });
      params.push(t.onDate, extendedDue);
      sets.push(`extended_on = $${params.length - 1}`, `due_on = $${params.length}`);
      changes.dueOn = { from: r.due_on, to: extendedDue };
    }
    if (t.to === "decided") {
      if (!t.outcome) throw fail("access_outcome_required");
      params.push(t.onDate, t.outcome);
      sets.push(`decided_on = $${params.length - 1}`, `outcome = $${params.length}`);
      changes.outcome = { from: null, to: t.outcome };
      changes.decidedOn = { from: null, to: t.onDate };
    }
    await tx.query(`UPDATE access_requests SET ${sets.join(", ")} WHERE id = $1`, params);
    await history(tx, r.id, r.status, t.to, t.onDate, performer, t.note ?? null);
    await audit({ subjectType: "AccessRequest", subjectId: r.reference, changes });
  });
}

export function assignOfficer(
  db: Db,
  performer: Performer,
  reference: string,
  officerId: string | null,
): Promise<void> {
  return runCommand(db, performer, "access.request.assign", async ({ tx, audit }) => {
    const r = await lockRequest(tx, reference);
    if (officerId) {
      const [u] = await tx.query<{ email: string; subject: string }>(
        `SELECT u.email, r.subject FROM users u, access_requests r
          WHERE u.id = $1 AND r.id = $2 AND u.role IN ('access-officer', 'admin')
            AND u.disabled_at IS NULL`,
        [officerId, r.id],
      );
      if (!u) throw fail("access_officer_unknown");
      await mailAssignment(tx, u.email, {
        reference,
        subject: u.subject,
        dueOn: r.due_on,
        link: `/acces/demandes/${reference}`,
      });
    }
    await tx.query(`UPDATE access_requests SET officer_id = $2, updated_at = now() WHERE id = $1`, [
      r.id,
      officerId,
    ]);
    await audit({
      subjectType: "AccessRequest",
      subjectId: reference,
      changes: { officer: { from: null, to: officerId } },
    });
  });
}

export type SearchEntry = { unit: string; searchedOn: string; result: string };

export function logSearch(
  db: Db,
  performer: Performer,
  reference: string,
  entry: SearchEntry,
): Promise<void> {
  return runCommand(db, performer, "access.search.log", async ({ tx, audit }) => {
    const r = await lockRequest(tx, reference);
    if (entry.searchedOn < r.received_on) throw fail("access_date_before_receipt");
    await tx.query(
      `INSERT INTO access_search_log (request_id, unit, searched_on, result, by_user)
       VALUES ($1, $2, $3, $4, $5)`,
      [r.id, entry.unit, entry.searchedOn, entry.result, performer.actorId],
    );
    await audit({
      subjectType: "AccessRequest",
      subjectId: reference,
      changes: { search: { from: null, to: `${entry.unit} (${entry.searchedOn})` } },
    });
  });
}

/**
 * The next reference for a request received on that date, `YYYYMM-N`. The upsert locks the
 * month's counter row until the caller's transaction ends, so concurrent intakes queue up
 * instead of sharing a number.
 */
async function allocateReference(tx: Queryable, receivedOn: string): Promise<string> {
  const period = referencePeriod(receivedOn);
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO access_reference_counters (period, last_number) VALUES ($1, 1)
     ON CONFLICT (period) DO UPDATE SET last_number = access_reference_counters.last_number + 1
     RETURNING last_number`,
    [period],
  );
  return `${period}-${row?.last_number}`;
}

/**
 * Keeps the counter ahead of a reference given from outside (a request registered on paper
 * before Alliage, or the demo's 202311-76), so that the next allocation does not collide.
 */
async function reserveReference(tx: Queryable, reference: string): Promise<void> {
  const [period, n] = reference.split("-");
  await tx.query(
    `INSERT INTO access_reference_counters (period, last_number) VALUES ($1, $2)
     ON CONFLICT (period) DO UPDATE
       SET last_number = GREATEST(access_reference_counters.last_number, EXCLUDED.last_number)`,
    [period, Number(n)],
  );
}

export function notifyThirdParty(
  db: Db,
  performer: Performer,
  reference: string,
  input: { thirdParty: string; sentOn: string },
) {
  const name = input.thirdParty.trim();
  if (!name || name.length > 200) {
    throw fail(
      "validation_failed",
      {},
      {
        thirdParty: { fr: "Nom du tiers obligatoire.", en: "Third party's name required." },
      },
    );
  }
  return runCommand(db, performer, "access.third_party.notify", async ({ tx, audit }) => {
    const r = await lockRequest(tx, reference);
    if (input.sentOn < r.received_on) throw fail("access_date_before_receipt");
    // A notified third party's period for observations (data/access/deadline-rules.json).
    const due = addDays(input.sentOn, deadlineRules().qc.thirdPartyObservations.days);
    await tx.query(
      `INSERT INTO access_third_party_notices (request_id, third_party, sent_on, answer_due_on)
       VALUES ($1, $2, $3, $4)`,
      [r.id, name, input.sentOn, due],
    );
    await audit({
      subjectType: "AccessRequest",
      subjectId: reference,
      changes: { thirdParty: { from: null, to: name }, answerDueOn: { from: null, to: due } },
    });
  });
}
