import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { enqueueMail } from "../../platform/mail/commands.ts";
import type { Party } from "../../shared/party.ts";
import { reviewText as t } from "./messages.ts";
import { loadReviewApplication, type ReviewApplicationRow } from "./queries.ts";
import type { ScreeningInput } from "./schema.ts";

/** The application of the call, locked for the rest of the transaction. */
export async function lockedApplication(
  tx: Queryable,
  callId: string,
  applicationId: string,
): Promise<ReviewApplicationRow> {
  await tx.query(`SELECT id FROM applications WHERE id = $1 FOR UPDATE`, [applicationId]);
  const app = await loadReviewApplication(tx, callId, applicationId);
  if (!app) throw fail("not_found");
  return app;
}

/**
 * Records one party's screening of the application's last submitted version (replacing that
 * party's earlier one). A reason is required when the application is found ineligible.
 */
export function screenApplication(
  db: Db,
  performer: Performer,
  input: {
    callId: string;
    applicationId: string;
    party: Party;
    screening: ScreeningInput;
    now: Date;
  },
): Promise<void> {
  const s = input.screening;
  if (!s.eligible && s.reason.trim() === "") {
    throw fail(
      "review_reason_required",
      {},
      {
        reason: { fr: "Motif obligatoire.", en: "Reason required." },
      },
    );
  }
  return runCommand(db, performer, "calls.application.screen", async ({ tx, audit }) => {
    const app = await lockedApplication(tx, input.callId, input.applicationId);
    if (app.status !== "submitted")
      throw fail("review_not_screenable", { reference: app.reference });
    await tx.query(
      `INSERT INTO application_screenings (application_id, party, version_number, checklist,
                                           eligible, reason, private_note, screened_by, screened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (application_id, party) DO UPDATE
         SET version_number = EXCLUDED.version_number, checklist = EXCLUDED.checklist,
             eligible = EXCLUDED.eligible, reason = EXCLUDED.reason,
             private_note = EXCLUDED.private_note, screened_by = EXCLUDED.screened_by,
             screened_at = EXCLUDED.screened_at`,
      [
        app.id,
        input.party,
        app.version_number,
        JSON.stringify(s.checklist),
        s.eligible,
        s.eligible ? s.reason : s.reason.trim(),
        s.privateNote,
        performer.actorId,
        input.now,
      ],
    );
    // The private note stays out of the journal, which other readers see.
    await audit({
      subjectType: "Application",
      subjectId: app.reference,
      changes: {
        [`screening_${input.party}`]: { from: null, to: s.eligible ? "eligible" : "ineligible" },
      },
    });
  });
}

/**
 * Sends a submitted application back to its consortium: its status becomes
 * `correction_requested` (the applications feature reopens the editor, and the next submission
 * is version n+1, to be screened again); the message goes to the owner by e-mail.
 */
export function requestCorrection(
  db: Db,
  performer: Performer,
  input: {
    callId: string;
    applicationId: string;
    party: Party | null;
    message: string;
    now: Date;
    siteUrl: string;
  },
): Promise<void> {
  return runCommand(db, performer, "calls.application.request_correction", async (tools) => {
    const { tx, audit } = tools;
    const app = await lockedApplication(tx, input.callId, input.applicationId);
    if (app.status !== "submitted")
      throw fail("review_not_screenable", { reference: app.reference });
    await tx.query(
      `UPDATE applications SET status = 'correction_requested', updated_at = $2
        WHERE id = $1 AND status = 'submitted'`,
      [app.id, input.now],
    );
    await tx.query(
      `INSERT INTO application_correction_requests
         (application_id, version_number, party, message, requested_by, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [app.id, app.version_number, input.party, input.message, performer.actorId, input.now],
    );
    const lang: Lang = app.language;
    const vars = {
      reference: app.reference,
      message: input.message,
      link: `${input.siteUrl}${lang === "en" ? "/en" : ""}/candidatures/${app.id}`,
    };
    await enqueueMail(tx, {
      to: app.owner_email,
      subject: t(lang, "correctionSubject", vars),
      text: t(lang, "correctionBody", vars),
      subjectType: "Application",
      subjectId: app.id,
    });
    await audit({
      subjectType: "Application",
      subjectId: app.reference,
      changes: { status: { from: "submitted", to: "correction_requested" } },
    });
  });
}

/** Whether both parties found the application's last version eligible. */
export function eligibleForBoth(
  screenings: readonly { party: Party; eligible: boolean; version_number: number }[],
  version: number,
): boolean {
  const ok = (party: Party) =>
    screenings.some((s) => s.party === party && s.eligible && s.version_number === version);
  return ok("qc") && ok("fr");
}
