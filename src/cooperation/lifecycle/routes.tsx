/**
 * The changes of a project's life from its page: status, partners, milestones and documents,
 * with the same commands as the API. A refusal redraws the project page with its reason.
 */
import type { Context } from "hono";
import { type Performer, performerOf } from "../../platform/audit/commands.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formAction, parseForm } from "../../platform/web/form-action.ts";
import { editable, showProject } from "../projects/page-routes.tsx";
import { projectPath } from "../projects/project-page.tsx";
import type { ProjectRow } from "../projects/queries.ts";
import type { OtherSections } from "../projects/sections.ts";
import { registerLifecycleApi } from "./api-routes.ts";
import {
  addMilestone,
  addPartner,
  addProjectDocument,
  completeMilestone,
  moveProjectStatus,
  removePartner,
} from "./commands.ts";
import {
  documentPageForm,
  milestoneDoneForm,
  milestoneForm,
  partnerForm,
  statusForm,
} from "./schema.ts";

const UPDATE = access("update", "Project");

/** The life of a project: forms of its page (redrawn with the other areas' sections) and API. */
export function registerLifecycle(router: Router, sections: OtherSections): void {
  router.page("POST", "/cooperation/projets/:code/etat", UPDATE, (c) =>
    act(c, sections, async (p, performer) =>
      moveProjectStatus(c.var.deps.db, performer, {
        code: p.code,
        ...(await parseForm(c, statusForm)),
        admin: c.var.actor.kind === "user" && c.var.actor.role === "admin",
      }),
    ),
  );
  router.page("POST", "/cooperation/projets/:code/partenaires", UPDATE, (c) =>
    act(c, sections, async (p, performer) =>
      addPartner(c.var.deps.db, performer, { code: p.code, ...(await parseForm(c, partnerForm)) }),
    ),
  );
  router.page("POST", "/cooperation/projets/:code/partenaires/retirer", UPDATE, (c) =>
    act(c, sections, async (p, performer) =>
      removePartner(c.var.deps.db, performer, {
        code: p.code,
        ...(await parseForm(c, partnerForm)),
      }),
    ),
  );
  router.page("POST", "/cooperation/projets/:code/jalons", UPDATE, (c) =>
    act(c, sections, async (p, performer) => {
      const form = await parseForm(c, milestoneForm);
      await addMilestone(c.var.deps.db, performer, {
        code: p.code,
        titleFr: form.milestoneTitleFr,
        titleEn: form.milestoneTitleEn,
        dueOn: form.dueOn,
      });
    }),
  );
  router.page("POST", "/cooperation/projets/:code/jalons/:id/realise", UPDATE, (c) =>
    act(c, sections, async (p, performer) =>
      completeMilestone(c.var.deps.db, performer, {
        code: p.code,
        milestoneId: c.req.param("id") ?? "",
        ...(await parseForm(c, milestoneDoneForm)),
      }),
    ),
  );
  router.page("POST", "/cooperation/projets/:code/documents", UPDATE, (c) =>
    act(c, sections, async (p, performer) => {
      const { title, document } = await parseForm(c, documentPageForm);
      await addProjectDocument(c.var.deps.db, performer, {
        code: p.code,
        title,
        fileName: document?.name ?? "",
        contentType: document?.type ?? "",
        content: document ? new Uint8Array(await document.arrayBuffer()) : new Uint8Array(),
      });
    }),
  );
  registerLifecycleApi(router);
}

/** A change from the project page: it reads its form, then runs its command. */
type Change = (p: ProjectRow, performer: Performer) => Promise<unknown>;

/**
 * Runs a change on a project the actor may update; a refusal redraws the project page with
 * the reason, except a partner or milestone that is not there: that keeps its 404 page.
 */
async function act(c: Context<AppEnv>, sections: OtherSections, change: Change) {
  const p = await editable(c, "update");
  return formAction(c, {
    run: () => change(p, performerOf(c.var.actor, c.var.requestId)),
    done: `${projectPath(c.var.lang, p.code)}?enregistre=1`,
    redraw: (error, status) => showProject(c, sections, { error, status: status as 409 }),
    keepPage: [404],
  });
}
