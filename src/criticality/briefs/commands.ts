/**
 * The life of a brief, each step a command (one transaction and its audit event): drafting and
 * editing (every edit a new version), figures frozen in, review, approval by one member of each
 * party other than the author, rejection with a reason, publication with both languages.
 */
import { partyOf } from "../../cooperation/shared/visibility.ts";
import { type Changes, diffFields } from "../../platform/audit/changes.ts";
import { type CommandTools, type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import type { Party } from "../../shared/party.ts";
import { DEMO_BRIEFS } from "./demo.ts";
import type { FigureSpec } from "./figure-types.ts";
import { freezeFigure } from "./figures.ts";
import { type BriefInput, contentFrom } from "./input.ts";
import {
  type BriefContent,
  type BriefStatus,
  FIELD_LABELS,
  missingForPublication,
  PARTY_LABELS,
  partiesStillToApprove,
  STATUS_LABELS,
} from "./model.ts";
import { type Brief, findBrief } from "./queries.ts";

export const REASON_MAX = 2000;
const SUBJECT = "AnalysisBrief";

type Member = { id: string; name: string; party: Party };

/** The signed-in member of a party behind the request; the routes only let members in. */
function memberOf(actor: Actor): Member {
  const party = partyOf(actor);
  if (actor.kind !== "user" || !party) throw fail("forbidden");
  return { id: actor.id, name: actor.name, party };
}

/** What the audit log keeps of a content change: the fields that differ, figures by title. */
const auditable = (c: BriefContent) => ({
  ...c,
  figures: c.figures.map((f) => f.title.en),
});

async function locked(tx: Queryable, id: string): Promise<Brief> {
  const brief = await findBrief(tx, id, { lock: true });
  if (!brief) throw fail("not_found");
  return brief;
}

function requireStatus(brief: Brief, from: readonly BriefStatus[], to: BriefStatus) {
  if (!from.includes(brief.status))
    throw fail("brief_transition_refused", {
      from: STATUS_LABELS[brief.status],
      to: STATUS_LABELS[to],
    });
}

async function saveVersion(tx: Queryable, brief: Brief, content: BriefContent, by: string) {
  const number = brief.version + 1;
  await tx.query(
    `UPDATE analysis_briefs SET content = $2, version = $3, updated_at = now() WHERE id = $1`,
    [brief.id, JSON.stringify(content), number],
  );
  await tx.query(
    `INSERT INTO analysis_brief_versions (brief_id, number, content, author_id)
     VALUES ($1, $2, $3, $4)`,
    [brief.id, number, JSON.stringify(content), by],
  );
  return number;
}

export async function createBrief(
  db: Db,
  performer: Performer,
  actor: Actor,
  input: BriefInput,
): Promise<{ id: string }> {
  const author = memberOf(actor);
  const content = await contentFrom(db, input, []);
  return runCommand(db, performer, "analysis_brief.create", async ({ tx, audit }) => {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO analysis_briefs (content, author_id, author_party) VALUES ($1, $2, $3)
       RETURNING id`,
      [JSON.stringify(content), author.id, author.party],
    );
    const id = (row as { id: string }).id;
    await tx.query(
      `INSERT INTO analysis_brief_versions (brief_id, number, content, author_id)
       VALUES ($1, 1, $2, $3)`,
      [id, JSON.stringify(content), author.id],
    );
    await audit({
      subjectType: SUBJECT,
      subjectId: id,
      changes: diffFields(null, auditable(content)),
    });
    return { id };
  });
}

/** Saves the draft's new texts and links as the next version; an unchanged form saves none. */
export async function updateBrief(
  db: Db,
  performer: Performer,
  actor: Actor,
  id: string,
  input: BriefInput,
): Promise<{ version: number }> {
  const editor = memberOf(actor);
  const current = await findBrief(db, id);
  if (!current) throw fail("not_found");
  const content = await contentFrom(db, input, current.content.figures);
  return runCommand(db, performer, "analysis_brief.update", async ({ tx, audit }) => {
    const brief = await locked(tx, id);
    if (brief.status !== "draft")
      throw fail("brief_not_draft", { status: STATUS_LABELS[brief.status] });
    const next = { ...content, figures: brief.content.figures };
    const changes = diffFields(auditable(brief.content), auditable(next));
    if (Object.keys(changes).length === 0) return { version: brief.version };
    const version = await saveVersion(tx, brief, next, editor.id);
    await audit({
      subjectType: SUBJECT,
      subjectId: id,
      changes: { ...changes, version: { from: brief.version, to: version } },
    });
    return { version };
  });
}

/** Computes the figure on today's data and freezes it into the draft, as a new version. */
export async function addFigure(
  db: Db,
  performer: Performer,
  actor: Actor,
  lang: Lang,
  id: string,
  spec: FigureSpec,
  now: Date,
): Promise<void> {
  const editor = memberOf(actor);
  const figure = await freezeFigure(db, lang, spec, now);
  await runCommand(db, performer, "analysis_brief.add_figure", async ({ tx, audit }) => {
    const brief = await locked(tx, id);
    if (brief.status !== "draft")
      throw fail("brief_not_draft", { status: STATUS_LABELS[brief.status] });
    const version = await saveVersion(
      tx,
      brief,
      { ...brief.content, figures: [...brief.content.figures, figure] },
      editor.id,
    );
    await audit({
      subjectType: SUBJECT,
      subjectId: id,
      changes: {
        figure: { from: null, to: { title: figure.title.en, sources: figure.sources } },
        version: { from: brief.version, to: version },
      },
    });
  });
}

export async function removeFigure(
  db: Db,
  performer: Performer,
  actor: Actor,
  id: string,
  figureId: string,
): Promise<void> {
  const editor = memberOf(actor);
  await runCommand(db, performer, "analysis_brief.remove_figure", async ({ tx, audit }) => {
    const brief = await locked(tx, id);
    if (brief.status !== "draft")
      throw fail("brief_not_draft", { status: STATUS_LABELS[brief.status] });
    const figure = brief.content.figures.find((f) => f.id === figureId);
    if (!figure) throw fail("not_found");
    const figures = brief.content.figures.filter((f) => f.id !== figureId);
    const version = await saveVersion(tx, brief, { ...brief.content, figures }, editor.id);
    await audit({
      subjectType: SUBJECT,
      subjectId: id,
      changes: {
        figure: { from: figure.title.en, to: null },
        version: { from: brief.version, to: version },
      },
    });
  });
}

async function move(
  { tx, audit }: CommandTools,
  brief: Brief,
  to: BriefStatus,
  extra: Changes = {},
) {
  await tx.query(
    `UPDATE analysis_briefs SET status = $2, updated_at = now(),
            published_at = CASE WHEN $2 = 'published' THEN now() ELSE published_at END
      WHERE id = $1`,
    [brief.id, to],
  );
  await audit({
    subjectType: SUBJECT,
    subjectId: brief.id,
    changes: { status: { from: brief.status, to }, ...extra },
  });
}

/** Draft → in review: both parties may now approve. */
export async function submitBrief(db: Db, performer: Performer, actor: Actor, id: string) {
  memberOf(actor);
  await runCommand(db, performer, "analysis_brief.submit", async ({ tx, audit }) => {
    const brief = await locked(tx, id);
    requireStatus(brief, ["draft"], "in_review");
    await tx.query("UPDATE analysis_briefs SET rejection_reason = NULL WHERE id = $1", [id]);
    await move({ tx, audit }, brief, "in_review", { version: { from: null, to: brief.version } });
  });
}

/**
 * One approval for the approver's party. The author cannot approve, and each party approves
 * once, so two approvals are always two distinct people of the two parties.
 */
export async function approveBrief(
  db: Db,
  performer: Performer,
  actor: Actor,
  id: string,
): Promise<{ status: BriefStatus }> {
  const approver = memberOf(actor);
  return runCommand(db, performer, "analysis_brief.approve", async ({ tx, audit }) => {
    const brief = await locked(tx, id);
    requireStatus(brief, ["in_review"], "approved");
    if (brief.author.id === approver.id)
      throw fail("brief_author_cannot_approve", { name: approver.name });
    const already = brief.approvals.find((a) => a.party === approver.party);
    const parties = brief.approvals.map((a) => a.party);
    if (already)
      throw fail("brief_party_already_approved", {
        party: PARTY_LABELS[approver.party],
        name: already.name ?? "—",
        missing: {
          fr: partiesStillToApprove(parties)
            .map((p) => PARTY_LABELS[p].fr)
            .join(", "),
          en: partiesStillToApprove(parties)
            .map((p) => PARTY_LABELS[p].en)
            .join(", "),
        },
      });
    await tx.query(
      "INSERT INTO analysis_brief_approvals (brief_id, party, approver_id) VALUES ($1, $2, $3)",
      [id, approver.party, approver.id],
    );
    const approval = {
      approval: { from: null, to: { party: approver.party, version: brief.version } },
    };
    if (partiesStillToApprove([...parties, approver.party]).length > 0) {
      await audit({ subjectType: SUBJECT, subjectId: id, changes: approval });
      return { status: brief.status };
    }
    await move({ tx, audit }, brief, "approved", approval);
    return { status: "approved" as const };
  });
}

/** In review or approved → draft, with the reason; the approvals given so far lapse. */
export async function rejectBrief(
  db: Db,
  performer: Performer,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  memberOf(actor);
  const why = reason.trim();
  if (why === "" || why.length > REASON_MAX)
    throw fail("brief_reason_required", { max: REASON_MAX });
  await runCommand(db, performer, "analysis_brief.reject", async ({ tx, audit }) => {
    const brief = await locked(tx, id);
    requireStatus(brief, ["in_review", "approved"], "draft");
    await tx.query("DELETE FROM analysis_brief_approvals WHERE brief_id = $1", [id]);
    await tx.query("UPDATE analysis_briefs SET rejection_reason = $2 WHERE id = $1", [id, why]);
    await move({ tx, audit }, brief, "draft", { reason: { from: null, to: why } });
  });
}

/** Approved → published, only with every text in both languages. */
export async function publishBrief(db: Db, performer: Performer, actor: Actor, id: string) {
  memberOf(actor);
  await runCommand(db, performer, "analysis_brief.publish", async ({ tx, audit }) => {
    const brief = await locked(tx, id);
    requireStatus(brief, ["approved"], "published");
    const missing = missingForPublication(brief.content);
    if (missing.length > 0)
      throw fail("brief_translation_missing", {
        fields: {
          fr: missing.map((f) => FIELD_LABELS[f].fr).join(", "),
          en: missing.map((f) => FIELD_LABELS[f].en).join(", "),
        },
      });
    await move({ tx, audit }, brief, "published");
  });
}

/** The demo's briefs (demo.ts), each at its status; run twice, the second run changes nothing. */
export async function seedBriefsDemo(db: Db): Promise<boolean> {
  const [exists] = await db.query("SELECT 1 FROM analysis_briefs WHERE id = $1", [
    DEMO_BRIEFS[0]?.id,
  ]);
  if (exists) return false;
  const briefs = await Promise.all(
    DEMO_BRIEFS.map(async (b) => ({ ...b, content: await contentFrom(db, b.input, []) })),
  );
  await db.transaction(async (tx) => {
    for (const b of briefs) {
      await tx.query(
        `INSERT INTO analysis_briefs (id, status, content, author_party) VALUES ($1, $2, $3, $4)`,
        [b.id, b.status, JSON.stringify(b.content), b.party],
      );
      await tx.query(
        `INSERT INTO analysis_brief_versions (brief_id, number, content) VALUES ($1, 1, $2)`,
        [b.id, JSON.stringify(b.content)],
      );
    }
  });
  return true;
}
