import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { lockRequest } from "../requests/commands.ts";
import { PUBLIC_TITLE_MAX } from "./present.ts";

const MESSAGES = {
  notDecided: {
    fr: "elle n’a pas encore de décision.",
    en: "it has no decision yet.",
  },
  notSent: {
    fr: "la lettre de décision n’a pas été envoyée.",
    en: "the decision letter has not been sent.",
  },
};

/**
 * Publishes the decision in the disclosure log with an anonymised summary written by the officer.
 * What the public sees is built from the request's subject, dates, outcome and released
 * documents: never from the requester table.
 */
export function publishDecision(
  db: Db,
  performer: Performer,
  input: { reference: string; summary: string; onDate: string; lang: Lang },
) {
  const summary = input.summary.trim();
  if (!summary || summary.length > 4000) {
    throw fail(
      "validation_failed",
      {},
      {
        summary: {
          fr: "Rédigez un résumé anonymisé de la décision (4 000 caractères au plus).",
          en: "Write an anonymised summary of the decision (4,000 characters at most).",
        },
      },
    );
  }
  return runCommand(db, performer, "access.request.publish", async ({ tx, audit }) => {
    const r = await lockRequest(tx, input.reference);
    const [row] = await tx.query<{ sent_on: string | null }>(
      `SELECT sent_on FROM access_requests WHERE id = $1`,
      [r.id],
    );
    if (!["decided", "under_review", "closed"].includes(r.status)) {
      throw fail("access_not_ready", {
        reference: r.reference,
        reason: MESSAGES.notDecided[input.lang],
      });
    }
    if (!row?.sent_on) {
      throw fail("access_not_ready", {
        reference: r.reference,
        reason: MESSAGES.notSent[input.lang],
      });
    }
    if (input.onDate < row.sent_on) throw fail("access_date_before_receipt");
    await tx.query(
      `UPDATE access_requests SET public_summary = $2, published_on = $3, updated_at = now() WHERE id = $1`,
      [r.id, summary, input.onDate],
    );
    await audit({
      subjectType: "AccessRequest",
      subjectId: r.reference,
      changes: { publishedOn: { from: null, to: input.onDate } },
    });
  });
}

const TOO_LONG = {
  fr: `${PUBLIC_TITLE_MAX} caractères au plus.`,
  en: `${PUBLIC_TITLE_MAX} characters at most.`,
};

/** Sets the public title of a request's disclosure, French required, English optional. */
export function setPublicTitle(
  db: Db,
  performer: Performer,
  input: { reference: string; fr: string; en: string },
) {
  const fr = input.fr.trim();
  const en = input.en.trim();
  const fields = {
    ...(fr === "" && {
      publicTitleFr: {
        fr: "Donnez le titre public en français : ce que le registre de diffusion annoncera.",
        en: "Give the public title in French: what the disclosure log will announce.",
      },
    }),
    ...(fr.length > PUBLIC_TITLE_MAX && { publicTitleFr: TOO_LONG }),
    ...(en.length > PUBLIC_TITLE_MAX && { publicTitleEn: TOO_LONG }),
  };
  if (Object.keys(fields).length > 0) throw fail("validation_failed", {}, fields);
  return runCommand(db, performer, "access.request.public_title", async ({ tx, audit }) => {
    const r = await lockRequest(tx, input.reference);
    const [before] = await tx.query<{ fr: string | null; en: string | null }>(
      `SELECT public_title_fr AS fr, public_title_en AS en FROM access_requests WHERE id = $1`,
      [r.id],
    );
    await tx.query(
      `UPDATE access_requests SET public_title_fr = $2, public_title_en = $3, updated_at = now()
        WHERE id = $1`,
      [r.id, fr, en || null],
    );
    await audit({
      subjectType: "AccessRequest",
      subjectId: r.reference,
      changes: {
        publicTitleFr: { from: before?.fr ?? null, to: fr },
        publicTitleEn: { from: before?.en ?? null, to: en || null },
      },
    });
  });
}
