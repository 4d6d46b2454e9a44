import { type Changes, diffFields } from "../../platform/audit/changes.ts";
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { localise } from "../../platform/i18n/i18n.ts";
import { lockRequest } from "../requests/commands.ts";
import { mailLetter } from "../requests/notifications.ts";
import { defaultTemplate } from "./defaults.ts";
import { LETTER_LABELS } from "./messages.ts";
import { renderLetterPdf } from "./pdf.ts";
import { letterTemplate, requestForLetter } from "./queries.ts";
import { letterData, templateBody } from "./request-letters.ts";
import { type TemplateIssue, validateTemplate } from "./template.ts";
import type { LetterData, LetterKind, TemplateKey } from "./types.ts";

const keyId = (key: TemplateKey) => `${key.kind}.${key.jurisdiction}.${key.lang}`;

/**
 * Saves an administrator's version after validating it; an invalid template is refused with
 * its issues and nothing is written. The audit event keeps the previous and new bodies.
 */
export async function saveLetterTemplate(
  db: Db,
  performer: Performer,
  key: TemplateKey,
  body: string,
): Promise<{ ok: true } | { ok: false; issues: TemplateIssue[] }> {
  const clean = body.replace(/\r\n?/g, "\n");
  const issues = validateTemplate(key.kind, clean);
  if (issues.length > 0) return { ok: false, issues };
  await runCommand(db, performer, "letter_template.save", async ({ tx, audit }) => {
    const before = await letterTemplate(tx, key);
    await tx.query(
      `INSERT INTO letter_templates (kind, jurisdiction, lang, body, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, now(), $5)
       ON CONFLICT (kind, jurisdiction, lang)
       DO UPDATE SET body = EXCLUDED.body, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [key.kind, key.jurisdiction, key.lang, clean, performer.actorId],
    );
    await audit({
      subjectType: "LetterTemplate",
      subjectId: keyId(key),
      changes: diffFields({ body: before.body }, { body: clean }),
    });
  });
  return { ok: true };
}

/** Goes back to the shipped template by removing the administrator's version. */
export async function revertLetterTemplate(db: Db, performer: Performer, key: TemplateKey) {
  await runCommand(db, performer, "letter_template.revert", async ({ tx, audit }) => {
    const rows = await tx.query<{ body: string }>(
      `DELETE FROM letter_templates WHERE kind = $1 AND jurisdiction = $2 AND lang = $3
       RETURNING body`,
      [key.kind, key.jurisdiction, key.lang],
    );
    if (!rows[0]) throw fail("not_found");
    await audit({
      subjectType: "LetterTemplate",
      subjectId: keyId(key),
      changes: diffFields({ body: rows[0].body }, { body: defaultTemplate(key) }),
    });
  });
}

/**
 * Sends a letter: renders the PDF, keeps it on file exactly as sent and, for the decision,
 * records the date of sending (which starts the 5 days for publication).
 */
export function sendLetter(
  db: Db,
  performer: Performer,
  input: { reference: string; kind: LetterKind; sentOn: string },
): Promise<{ id: string; pdf: Uint8Array; data: LetterData }> {
  return runCommand(db, performer, "access.letter.send", async ({ tx, audit }) => {
    const locked = await lockRequest(tx, input.reference);
    if (input.sentOn < locked.received_on) throw fail("access_date_before_receipt");
    const r = await requestForLetter(tx, locked.id);
    if (!r) throw fail("access_request_unknown", { reference: input.reference });
    if ((input.kind === "decision" || input.kind === "recourse") && !r.outcome) {
      throw fail("access_letter_unavailable");
    }
    if (input.kind === "extension" && !r.extended_on) throw fail("access_letter_unavailable");
    const data = await letterData(tx, r, input.kind, input.sentOn);
    const pdf = await renderLetterPdf(data, await templateBody(tx, data));
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO access_letters (request_id, kind, lang, sent_on, pdf, by_user)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.id, input.kind, r.lang, input.sentOn, pdf, performer.actorId],
    );
    const changes: Changes = { letter: { from: null, to: input.kind } };
    if (data.requester.email) {
      await mailLetter(tx, data.requester.email, {
        reference: r.reference,
        subject: r.subject,
        lang: r.lang,
        letter: localise(LETTER_LABELS[input.kind], r.lang),
        fileName: `${r.reference}-${input.kind}.pdf`,
        pdf,
      });
    }
    if (input.kind === "decision") {
      await tx.query(`UPDATE access_requests SET sent_on = $2, updated_at = now() WHERE id = $1`, [
        r.id,
        input.sentOn,
      ]);
      changes.sentOn = { from: r.sent_on, to: input.sentOn };
    }
    await audit({ subjectType: "AccessRequest", subjectId: r.reference, changes });
    return { id: (row as { id: string }).id, pdf, data };
  });
}
