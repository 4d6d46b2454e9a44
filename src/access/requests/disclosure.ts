import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { addDays } from "../deadlines/index.ts";
import { deadlineRules } from "../deadlines/rules.ts";
import { lockRequest } from "./commands.ts";
import type { Jurisdiction } from "./intake.ts";
import type { Outcome } from "./status.ts";

/** The day publication is due: the cited period after the decision letter is sent. */
export function publicationDueOn(sentOn: string): string {
  return addDays(sentOn, deadlineRules().qc.publication.days);
}

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
  input: { reference: string; summary: string; onDate: string; lang: "fr" | "en" },
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

export type PublishedRow = {
  id: string;
  reference: string;
  jurisdiction: Jurisdiction;
  received_on: string;
  decided_on: string;
  sent_on: string;
  published_on: string;
  subject: string;
  outcome: Outcome;
  public_summary: string;
  public_title_fr: string | null;
  public_title_en: string | null;
};

const PUBLISHED_COLUMNS = `id, reference, jurisdiction, received_on, decided_on, sent_on,
  published_on, subject, outcome, public_summary, public_title_fr, public_title_en`;

/** The public disclosure log, newest first, searchable by words of its title, subject or summary. */
export async function listPublished(
  db: Queryable,
  f: { q?: string | undefined; page: number; perPage: number },
) {
  const params: unknown[] = [];
  let where = "published_on IS NOT NULL";
  if (f.q) {
    params.push(`%${f.q}%`);
    where += ` AND (reference ILIKE $1 OR subject ILIKE $1 OR public_summary ILIKE $1
      OR public_title_fr ILIKE $1 OR public_title_en ILIKE $1)`;
  }
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM access_requests WHERE ${where}`,
    params,
  );
  const rows = await db.query<PublishedRow>(
    `SELECT ${PUBLISHED_COLUMNS} FROM access_requests WHERE ${where}
      ORDER BY published_on DESC, reference DESC
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.perPage, (f.page - 1) * f.perPage],
  );
  return { total: count?.n ?? 0, rows };
}

export async function findPublished(db: Queryable, reference: string) {
  const [row] = await db.query<PublishedRow>(
    `SELECT ${PUBLISHED_COLUMNS} FROM access_requests
      WHERE reference = $1 AND published_on IS NOT NULL`,
    [reference],
  );
  if (!row) return null;
  const documents = await db.query<{
    id: string;
    title: string;
    decision: "accessible" | "partial" | "refused";
    articles: string[];
    pages: number;
  }>(
    `SELECT id, title, decision, articles, pages FROM access_documents
      WHERE request_id = $1 AND decision <> 'pending' ORDER BY position`,
    [row.id],
  );
  return { ...row, documents };
}
