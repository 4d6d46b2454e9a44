import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { enqueueMail } from "../../platform/mail/commands.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { type CheckedFile, checkAttachment, sha256Hex } from "./attachment.ts";
import { missingElements } from "./completeness.ts";
import { applicationText as t } from "./messages.ts";
import { renderProofPdf } from "./proof-pdf.ts";
import { type CallRow, loadApplication, loadApplicationContent, loadCallById } from "./queries.ts";
import { type ApplicationStatus, type DraftInput, EDITABLE } from "./schema.ts";
import { buildSnapshot, canonicalJson } from "./snapshot.ts";
import { assertOpen } from "./window.ts";

async function callOf(db: Queryable, callId: string) {
  const call = await loadCallById(db, callId);
  if (!call) throw fail("not_found");
  return call;
}

/** Locks the application's row for the rest of the transaction and reads its state. */
async function lockApplication(tx: Queryable, id: string) {
  const [row] = await tx.query<{ status: ApplicationStatus; reference: string | null }>(
    `SELECT status, reference FROM applications WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw fail("not_found");
  return row;
}

/** A new draft for the call, owned by the applicant who starts it. */
export async function createApplication(
  db: Db,
  performer: Performer,
  input: { callId: string; ownerId: string; title: string; language: "fr" | "en"; now: Date },
): Promise<string> {
  return runCommand(db, performer, "calls.application.create", async ({ tx, audit }) => {
    assertOpen(await callOf(tx, input.callId), input.now, "create");
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO applications (call_id, owner_id, title, language, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [input.callId, input.ownerId, input.title, input.language, input.now],
    );
    const id = (row as { id: string }).id;
    await audit({
      subjectType: "Application",
      subjectId: id,
      changes: { title: { from: null, to: input.title } },
    });
    return id;
  });
}

/**
 * Saves the draft as it is (partial data allowed): its text, partners, budget, funding asked
 * and any new attachments, each checked to be a PDF by its content before anything is written.
 * Only the owner changes the consortium; each newly invited member gets an e-mail.
 */
export async function saveDraft(
  db: Db,
  performer: Performer,
  input: {
    applicationId: string;
    draft: DraftInput;
    byOwner: boolean;
    now: Date;
    siteUrl: string;
  },
): Promise<void> {
  const files: (CheckedFile & { callDocumentId: string })[] = [];
  for (const f of input.draft.files) {
    files.push({ ...(await checkAttachment(f.file)), callDocumentId: f.callDocumentId });
  }
  const d = input.draft;
  await runCommand(db, performer, "calls.application.save", async ({ tx, audit }) => {
    const state = await lockApplication(tx, input.applicationId);
    if (!EDITABLE.includes(state.status)) {
      throw fail("application_locked", { reference: state.reference ?? "" });
    }
    await tx.query(
      `UPDATE applications SET title = $2, language = $3, summary_fr = $4, summary_en = $5,
              updated_at = $6 WHERE id = $1`,
      [input.applicationId, d.title, d.language, d.summaryFr, d.summaryEn, input.now],
    );
    // Partners are rewritten whole: the form always carries all of them, in order.
    await tx.query(`DELETE FROM application_partners WHERE application_id = $1`, [
      input.applicationId,
    ]);
    const partnerIds: string[] = [];
    for (const [position, p] of d.partners.entries()) {
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO application_partners (application_id, position, name, party, kind, role)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.applicationId, position + 1, p.name, p.party, p.kind, p.role],
      );
      partnerIds.push((row as { id: string }).id);
    }
    for (const b of d.budget) {
      await tx.query(
        `INSERT INTO application_budget_lines
           (application_id, partner_id, year, amount_cents, currency, description)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          input.applicationId,
          partnerIds[b.partner],
          b.year,
          b.amountCents,
          b.currency,
          b.description,
        ],
      );
    }
    await tx.query(`DELETE FROM application_funding_requests WHERE application_id = $1`, [
      input.applicationId,
    ]);
    for (const party of ["qc", "fr"] as const) {
      const amount = d.funding[party];
      if (amount === null) continue;
      await tx.query(
        `INSERT INTO application_funding_requests (application_id, party, amount_cents)
         VALUES ($1, $2, $3)`,
        [input.applicationId, party, amount],
      );
    }
    for (const f of files) {
      await tx.query(
        `INSERT INTO application_attachments
           (application_id, call_document_id, file_name, content_type, size_bytes, sha256,
            content, uploaded_at)
         VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7)
         ON CONFLICT (application_id, call_document_id) DO UPDATE
           SET file_name = EXCLUDED.file_name, size_bytes = EXCLUDED.size_bytes,
               sha256 = EXCLUDED.sha256, content = EXCLUDED.content,
               uploaded_at = EXCLUDED.uploaded_at`,
        [input.applicationId, f.callDocumentId, f.fileName, f.size, f.sha256, f.content, input.now],
      );
    }
    const invited =
      input.byOwner && d.memberEmails
        ? await replaceMembers(tx, input.applicationId, d.memberEmails, input.siteUrl)
        : [];
    await audit({
      subjectType: "Application",
      subjectId: state.reference ?? input.applicationId,
      changes: {
        partners: { from: null, to: d.partners.length },
        budget_lines: { from: null, to: d.budget.length },
        attachments: { from: null, to: files.map((f) => f.sha256) },
        ...(invited.length > 0 ? { invited: { from: null, to: invited.length } } : {}),
      },
    });
  });
}

/** The consortium as the owner lists it; returns how many addresses are newly invited. */
async function replaceMembers(
  tx: Queryable,
  applicationId: string,
  emails: readonly string[],
  siteUrl: string,
): Promise<string[]> {
  const before = await tx.query<{ email: string }>(
    `SELECT lower(email) AS email FROM application_members WHERE application_id = $1`,
    [applicationId],
  );
  const known = new Set(before.map((r) => r.email));
  await tx.query(
    `DELETE FROM application_members WHERE application_id = $1 AND NOT (lower(email) = ANY($2))`,
    [applicationId, emails],
  );
  const added = emails.filter((e) => !known.has(e));
  if (added.length === 0) return added;
  const application = await loadApplication(tx, applicationId);
  if (!application) throw fail("not_found");
  for (const email of added) {
    await tx.query(`INSERT INTO application_members (application_id, email) VALUES ($1, $2)`, [
      applicationId,
      email,
    ]);
    const vars = {
      owner: application.owner_name,
      title: application.title || t(application.language, "untitled"),
      code: application.call_code,
      link: `${siteUrl}${application.language === "en" ? "/en" : ""}/candidatures/${applicationId}`,
    };
    await enqueueMail(tx, {
      to: email,
      subject: t(application.language, "inviteSubject", vars),
      text: t(application.language, "inviteBody", vars),
      subjectType: "Application",
      subjectId: applicationId,
    });
  }
  return added;
}

/**
 * Submits the saved application: open call by the server's clock, every missing element listed
 * at once, then the receipt number (first submission only), an immutable version with its
 * SHA-256, the proof of submission and the owner's e-mail, all in one transaction.
 */
export async function submitApplication(
  db: Db,
  performer: Performer,
  input: { applicationId: string; now: Date; siteUrl: string },
): Promise<{ reference: string; sha256: string }> {
  return runCommand(db, performer, "calls.application.submit", async ({ tx, audit }) => {
    const state = await lockApplication(tx, input.applicationId);
    if (!EDITABLE.includes(state.status)) {
      throw fail("application_locked", { reference: state.reference ?? "" });
    }
    const application = await loadApplication(tx, input.applicationId);
    if (!application) throw fail("not_found");
    const call = await callOf(tx, application.call_id);
    // Officials ask for corrections while screening, which is after the closing: the answer to
    // such a request is the one submission the closing does not stop.
    if (state.status !== "correction_requested") assertOpen(call, input.now, "submit");
    const content = await loadApplicationContent(tx, input.applicationId);
    const missing = missingElements(call, application, content);
    if (missing.length > 0) {
      throw fail(
        "application_incomplete",
        { count: missing.length },
        Object.fromEntries(missing.map((m, i) => [`missing_${i + 1}`, m])),
      );
    }
    const reference = state.reference ?? (await allocateReference(tx, call));
    const [last] = await tx.query<{ n: number }>(
      `SELECT COALESCE(max(number), 0)::int AS n FROM application_versions WHERE application_id = $1`,
      [input.applicationId],
    );
    const number = (last?.n ?? 0) + 1;
    const snapshot = buildSnapshot(call, application, content, {
      reference,
      number,
      submittedAt: input.now,
    });
    const canonical = canonicalJson(snapshot);
    const sha256 = sha256Hex(canonical);
    await tx.query(
      `INSERT INTO application_versions
         (application_id, number, submitted_at, submitted_by, snapshot, sha256)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [input.applicationId, number, input.now, performer.actorId, canonical, sha256],
    );
    await tx.query(
      `INSERT INTO application_version_files
         (application_id, number, call_document_id, file_name, sha256, content)
       SELECT application_id, $2, call_document_id, file_name, sha256, content
         FROM application_attachments WHERE application_id = $1`,
      [input.applicationId, number],
    );
    await tx.query(
      `UPDATE applications SET status = 'submitted', reference = $2, submitted_at = $3,
              updated_at = $3 WHERE id = $1`,
      [input.applicationId, reference, input.now],
    );
    const lang = application.language;
    const pdf = await renderProofPdf(snapshot, sha256, lang);
    const link = `${input.siteUrl}${lang === "en" ? "/en" : ""}/candidatures/${reference}/accuse-de-reception.pdf`;
    const vars = {
      reference,
      code: call.code,
      title: application.title,
      at: formatBothZones(lang, input.now),
      sha: sha256,
      link,
    };
    await enqueueMail(tx, {
      to: application.owner_email,
      subject: t(lang, "receiptSubject", vars),
      text: t(lang, "receiptBody", vars),
      attachments: [
        { filename: `${reference}-accuse.pdf`, contentType: "application/pdf", content: pdf },
      ],
      subjectType: "Application",
      subjectId: reference,
    });
    await audit({
      subjectType: "Application",
      subjectId: reference,
      changes: {
        status: { from: state.status, to: "submitted" },
        version: { from: number - 1, to: number },
        sha256: { from: null, to: sha256 },
      },
    });
    return { reference, sha256 };
  });
}

/**
 * The call's next receipt number. The counter row's lock (taken by the upsert) makes concurrent
 * submissions wait for each other, so numbers follow one another with no gap or repeat.
 */
async function allocateReference(tx: Queryable, call: CallRow): Promise<string> {
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO application_counters (call_id, last_number) VALUES ($1, 1)
     ON CONFLICT (call_id) DO UPDATE SET last_number = application_counters.last_number + 1
     RETURNING last_number`,
    [call.id],
  );
  return `${call.code}-${String(row?.last_number).padStart(4, "0")}`;
}

/** Withdraws a submitted application, only while the call is open; final. */
export function withdrawApplication(
  db: Db,
  performer: Performer,
  input: { applicationId: string; now: Date },
): Promise<void> {
  return runCommand(db, performer, "calls.application.withdraw", async ({ tx, audit }) => {
    const state = await lockApplication(tx, input.applicationId);
    if (state.status !== "submitted" && state.status !== "correction_requested") {
      throw fail("application_not_withdrawable");
    }
    const application = await loadApplication(tx, input.applicationId);
    if (!application) throw fail("not_found");
    assertOpen(await callOf(tx, application.call_id), input.now, "withdraw");
    await tx.query(
      `UPDATE applications SET status = 'withdrawn', withdrawn_at = $2, updated_at = $2
        WHERE id = $1`,
      [input.applicationId, input.now],
    );
    await audit({
      subjectType: "Application",
      subjectId: state.reference,
      changes: { status: { from: state.status, to: "withdrawn" } },
    });
  });
}

const REMINDER_WINDOW_MS = 48 * 3600 * 1000;

export const SCHEDULER: Performer = { actorId: null, label: "scheduler" };

/**
 * Reminds the owner of every unsubmitted draft once, in the 48 hours before its call closes
 * (applicants take « Enregistrer » for « Déposer »). Safe to run as often as wanted, and from
 * two processes: a reminded draft is marked in the same transaction as its mail, and rows
 * another run holds are skipped. Returns how many mails were queued.
 */
export function remindUnsubmittedDrafts(
  db: Db,
  now: Date,
  options: { siteUrl?: string } = {},
): Promise<number> {
  return runCommand(db, SCHEDULER, "calls.application.remind", async ({ tx, audit }) => {
    const drafts = await tx.query<{
      id: string;
      title: string;
      language: "fr" | "en";
      email: string;
      code: string;
      closes_at: Date;
    }>(
      `SELECT a.id, a.title, a.language, u.email, c.code, c.closes_at
         FROM applications a
         JOIN calls c ON c.id = a.call_id
         JOIN users u ON u.id = a.owner_id
        WHERE a.status = 'draft' AND a.reminded_at IS NULL AND u.disabled_at IS NULL
          AND c.closes_at - make_interval(secs => $2) <= $1 AND $1 < c.closes_at
        ORDER BY c.closes_at, a.id
        FOR UPDATE OF a SKIP LOCKED`,
      [now, REMINDER_WINDOW_MS / 1000],
    );
    for (const d of drafts) {
      const vars = {
        title: d.title || t(d.language, "untitled"),
        code: d.code,
        closes: formatBothZones(d.language, d.closes_at),
        link: `${options.siteUrl ?? ""}${d.language === "en" ? "/en" : ""}/candidatures/${d.id}`,
      };
      await enqueueMail(tx, {
        to: d.email,
        subject: t(d.language, "reminderSubject", vars),
        text: t(d.language, "reminderBody", vars),
        subjectType: "Application",
        subjectId: d.id,
      });
      await tx.query(`UPDATE applications SET reminded_at = $2 WHERE id = $1`, [d.id, now]);
    }
    if (drafts.length > 0) {
      await audit({
        subjectType: "Application",
        changes: { reminded: { from: null, to: drafts.length } },
      });
    }
    return drafts.length;
  });
}
