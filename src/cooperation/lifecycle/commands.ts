import { createHash } from "node:crypto";
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { lockProject } from "../projects/commands.ts";
import { DATE_TEXTS, isRealDate } from "../projects/input-helpers.ts";
import {
  PARTNER_ROLES,
  PROJECT_STATUSES,
  type ProjectStatus,
  STATUS_LABELS,
} from "../projects/labels.ts";
import { canMove } from "../projects/status.ts";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const invalid = (fields: FieldErrors) => fail("validation_failed", {}, fields);

function realDate(value: string, field: string): string {
  if (!isRealDate(value)) throw invalid({ [field]: DATE_TEXTS });
  return value;
}

/**
 * Moves a project along its life (see status.ts), dated: the date may not be before the last
 * change, so the history reads in order.
 */
export function moveProjectStatus(
  db: Db,
  performer: Performer,
  args: { code: string; to: string; onDate: string; note?: string; admin: boolean },
): Promise<void> {
  return runCommand(db, performer, "cooperation.project.status", async ({ tx, audit }) => {
    const p = await lockProject(tx, args.code);
    const to = args.to as ProjectStatus;
    if (!PROJECT_STATUSES.includes(to) || !canMove(p.status, to, args.admin)) {
      throw fail("project_transition_refused", {
        from: STATUS_LABELS[p.status],
        to: PROJECT_STATUSES.includes(to) ? STATUS_LABELS[to] : args.to,
      });
    }
    const onDate = realDate(args.onDate, "onDate");
    const [last] = await tx.query<{ on_date: string }>(
      "SELECT max(on_date)::text AS on_date FROM project_status_history WHERE project_id = $1",
      [p.id],
    );
    if (last?.on_date && onDate < last.on_date) {
      throw invalid({
        onDate: {
          fr: "La date précède le dernier changement d’état du projet.",
          en: "The date is before the project's last change of status.",
        },
      });
    }
    const note = args.note?.trim().slice(0, 1000) || null;
    await tx.query("UPDATE projects SET status = $2, updated_at = now() WHERE id = $1", [p.id, to]);
    await tx.query(
      `INSERT INTO project_status_history (project_id, from_status, to_status, on_date, note, by_user)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [p.id, p.status, to, onDate, note, performer.actorId],
    );
    await audit({
      subjectType: "Project",
      subjectId: p.code,
      changes: { status: { from: p.status, to }, on_date: { from: null, to: onDate } },
    });
  });
}

export function addPartner(
  db: Db,
  performer: Performer,
  args: { code: string; organisationId: string; role: string },
): Promise<void> {
  if (!(PARTNER_ROLES as readonly string[]).includes(args.role)) {
    throw invalid({ role: { fr: "Rôle inconnu.", en: "Unknown role." } });
  }
  return runCommand(db, performer, "cooperation.project.partner.add", async ({ tx, audit }) => {
    const p = await lockProject(tx, args.code);
    const [org] = await tx.query<{ name: string }>(
      "SELECT name FROM organisations WHERE id::text = $1",
      [args.organisationId],
    );
    if (!org) {
      throw invalid({
        organisationId: { fr: "Choisissez une organisation.", en: "Choose an organisation." },
      });
    }
    await tx.query(
      `INSERT INTO project_partners (project_id, organisation_id, role) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [p.id, args.organisationId, args.role],
    );
    await audit({
      subjectType: "Project",
      subjectId: p.code,
      changes: { partner: { from: null, to: `${org.name} (${args.role})` } },
    });
  });
}

export function removePartner(
  db: Db,
  performer: Performer,
  args: { code: string; organisationId: string; role: string },
): Promise<void> {
  return runCommand(db, performer, "cooperation.project.partner.remove", async ({ tx, audit }) => {
    const p = await lockProject(tx, args.code);
    const removed = await tx.query<{ name: string }>(
      `DELETE FROM project_partners pp USING organisations o
       WHERE pp.project_id = $1 AND pp.organisation_id::text = $2 AND pp.role = $3
         AND o.id = pp.organisation_id
       RETURNING o.name`,
      [p.id, args.organisationId, args.role],
    );
    if (removed.length === 0) throw fail("not_found");
    await audit({
      subjectType: "Project",
      subjectId: p.code,
      changes: { partner: { from: `${removed[0]?.name} (${args.role})`, to: null } },
    });
  });
}

export function addMilestone(
  db: Db,
  performer: Performer,
  args: { code: string; titleFr: string; titleEn: string; dueOn: string },
): Promise<void> {
  const fields: FieldErrors = {};
  const titleFr = args.titleFr.trim();
  const titleEn = args.titleEn.trim();
  const required = {
    fr: "Champ obligatoire (300 caractères au plus).",
    en: "Required field (300 characters at most).",
  };
  if (!titleFr || titleFr.length > 300) fields.milestoneTitleFr = required;
  if (!titleEn || titleEn.length > 300) fields.milestoneTitleEn = required;
  if (!isRealDate(args.dueOn)) fields.dueOn = DATE_TEXTS;
  if (Object.keys(fields).length) throw invalid(fields);
  return runCommand(db, performer, "cooperation.project.milestone.add", async ({ tx, audit }) => {
    const p = await lockProject(tx, args.code);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO project_milestones (project_id, title_fr, title_en, due_on)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [p.id, titleFr, titleEn, args.dueOn],
    );
    await audit({
      subjectType: "Project",
      subjectId: p.code,
      changes: {
        milestone: { from: null, to: titleFr },
        due_on: { from: null, to: args.dueOn },
        milestone_id: { from: null, to: row?.id },
      },
    });
  });
}

export function completeMilestone(
  db: Db,
  performer: Performer,
  args: { code: string; milestoneId: string; doneOn: string },
): Promise<void> {
  const doneOn = realDate(args.doneOn, "doneOn");
  return runCommand(db, performer, "cooperation.project.milestone.done", async ({ tx, audit }) => {
    const p = await lockProject(tx, args.code);
    const [m] = await tx.query<{ title_fr: string; done_on: string | null }>(
      `UPDATE project_milestones SET done_on = $3 WHERE project_id = $1 AND id::text = $2
       RETURNING title_fr, done_on`,
      [p.id, args.milestoneId, doneOn],
    );
    if (!m) throw fail("not_found");
    await audit({
      subjectType: "Project",
      subjectId: p.code,
      changes: {
        milestone: { from: m.title_fr, to: m.title_fr },
        done_on: { from: null, to: doneOn },
      },
    });
  });
}

/** Attaches any file up to 10 MB, kept with its SHA-256 so that a copy can be checked. */
export function addProjectDocument(
  db: Db,
  performer: Performer,
  args: { code: string; title: string; fileName: string; contentType: string; content: Uint8Array },
): Promise<{ id: string; sha256: string }> {
  const title = args.title.trim();
  const fields: FieldErrors = {};
  if (!title || title.length > 300) {
    fields.title = {
      fr: "Titre obligatoire (300 caractères au plus).",
      en: "Title required (300 characters at most).",
    };
  }
  if (args.content.byteLength === 0) {
    fields.document = { fr: "Choisissez un fichier non vide.", en: "Choose a non-empty file." };
  }
  if (Object.keys(fields).length) throw invalid(fields);
  if (args.content.byteLength > MAX_DOCUMENT_BYTES) throw fail("payload_too_large");
  const sha256 = createHash("sha256").update(args.content).digest("hex");
  return runCommand(db, performer, "cooperation.project.document.add", async ({ tx, audit }) => {
    const p = await lockProject(tx, args.code);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO project_documents (project_id, title, file_name, content_type, sha256, content, added_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        p.id,
        title,
        args.fileName.slice(0, 200) || "document",
        args.contentType.slice(0, 200) || "application/octet-stream",
        sha256,
        args.content,
        performer.actorId,
      ],
    );
    const id = (row as { id: string }).id;
    await audit({
      subjectType: "Project",
      subjectId: p.code,
      changes: { document: { from: null, to: title }, sha256: { from: null, to: sha256 } },
    });
    return { id, sha256 };
  });
}
