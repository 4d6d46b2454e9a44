import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { attachmentDisposition } from "../../platform/http/attachment.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath, pick } from "../../platform/i18n/i18n.ts";
import { EMPTY_FORM, type FormState } from "../../platform/web/fields.tsx";
import { parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { isParty } from "../../shared/party.ts";
import { WithCode } from "../shared/code-text.tsx";
import { partyOf, visibilityOf } from "../shared/visibility.ts";
import { PROJECT_CODE_PATTERN } from "./code.ts";
import { createProject, deleteProject, ownerPartyFor, updateProject } from "./commands.ts";
import { DashboardPage } from "./dashboard-page.tsx";
import { formValuesAll, projectFormValues } from "./form-values.ts";
import { PROJECT_KINDS, PROJECT_STATUSES, type ProjectKind, type ProjectStatus } from "./labels.ts";
import { FILTER_PARAMS, ProjectListPage } from "./list-page.tsx";
import { projectText as t } from "./messages.ts";
import {
  presentFormChoices,
  presentMaterialChoices,
  presentPriorityCounts,
  presentProject,
  presentProjectDetails,
} from "./present.ts";
import { visibleProject } from "./project-access.ts";
import { ProjectForm } from "./project-form.tsx";
import { DeleteConfirmPage, ProjectPage, projectPath } from "./project-page.tsx";
import {
  filterChoices,
  formChoices,
  listProjects,
  type ProjectFilters,
  type ProjectRow,
  portfolioByLine,
  projectDetails,
  projectDocument,
} from "./queries.ts";
import { deleteForm, parseProjectInput } from "./schema.ts";
import type { OtherSections } from "./sections.ts";
import { todayOf } from "./today.ts";

const PER_PAGE = 25;
const READ = access("read", "Project");
const CREATE = access("create", "Project");
const UPDATE = access("update", "Project");
const DELETE = access("delete", "Project");

export function registerProjectPages(router: Router, sections: OtherSections): void {
  router.page("GET", "/cooperation", access("read", "Portfolio"), (c) =>
    showDashboard(c, sections),
  );
  router.page("GET", "/cooperation/projets", READ, showList);
  router.page("GET", "/cooperation/projets/nouveau", CREATE, (c) => showForm(c, EMPTY_FORM));
  router.page("POST", "/cooperation/projets", CREATE, create);
  router.page("GET", "/cooperation/projets/:code", READ, (c) => showProject(c, sections));
  router.page("GET", "/cooperation/projets/:code/modifier", UPDATE, async (c) => {
    const p = await editable(c, "update");
    return showForm(
      c,
      { values: projectFormValues(p, await projectDetails(c.var.deps.db, p)), errors: {} },
      p,
    );
  });
  router.page("POST", "/cooperation/projets/:code", UPDATE, update);
  router.page("GET", "/cooperation/projets/:code/documents/:id", READ, async (c) => {
    const p = await visibleProject(c);
    const doc = await projectDocument(c.var.deps.db, p.id, c.req.param("id") ?? "");
    if (!doc) throw fail("not_found");
    // Served as a download: a stored HTML or SVG file must never run in Alliage's origin.
    return new Response(doc.content as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": "application/octet-stream",
        "content-disposition": attachmentDisposition(doc.file_name),
        "x-content-type-options": "nosniff",
      },
    });
  });
  router.page("GET", "/cooperation/projets/:code/supprimer", DELETE, async (c) => {
    const p = await editable(c, "delete");
    return renderPage(
      c,
      t(c.var.lang, "deleteProject"),
      <DeleteConfirmPage lang={c.var.lang} csrf={c.var.csrfToken} project={presentProject(p)} />,
    );
  });
  router.page("POST", "/cooperation/projets/:code/supprimer", DELETE, async (c) => {
    const p = await editable(c, "delete");
    if ((await parseForm(c, deleteForm)).confirm !== "oui") {
      const error = fail("project_delete_unconfirmed", { code: p.code });
      return renderPage(
        c,
        t(c.var.lang, "deleteProject"),
        <DeleteConfirmPage
          lang={c.var.lang}
          csrf={c.var.csrfToken}
          project={presentProject(p)}
          error={error.messageIn(c.var.lang)}
        />,
        422,
      );
    }
    await deleteProject(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), p.code);
    return c.redirect(
      `${localisedPath(c.var.lang, "/cooperation/projets")}?supprime=${p.code}`,
      303,
    );
  });
}

/** The project, visible to this actor and editable by them (403 otherwise). */
export async function editable(
  c: Context<AppEnv>,
  action: "update" | "delete",
): Promise<ProjectRow> {
  const p = await visibleProject(c);
  c.var.deps.policy.authorize(c.var.actor, action, "Project", p);
  return p;
}

async function showDashboard(c: Context<AppEnv>, { dashboardSections }: OtherSections) {
  const visibility = visibilityOf(c.var.actor);
  const priorities = await portfolioByLine(c.var.deps.db, visibility);
  const sections = await Promise.all(dashboardSections.map((s) => s({ c, visibility })));
  return renderPage(
    c,
    t(c.var.lang, "portfolio"),
    <DashboardPage
      lang={c.var.lang}
      priorities={priorities.map(presentPriorityCounts)}
      canCreate={c.var.deps.policy.can(c.var.actor, "create", "Project")}
      sections={sections}
    />,
  );
}

function readFilters(c: Context<AppEnv>): ProjectFilters {
  const q = (key: keyof typeof FILTER_PARAMS) => c.req.query(FILTER_PARAMS[key]) || undefined;
  const status = q("status");
  const kind = q("kind");
  const party = q("party");
  const page = Number(c.req.query("page") ?? "1");
  return {
    status: PROJECT_STATUSES.includes(status as ProjectStatus)
      ? (status as ProjectStatus)
      : undefined,
    kind: PROJECT_KINDS.includes(kind as ProjectKind) ? (kind as ProjectKind) : undefined,
    party: isParty(party) ? party : undefined,
    line: q("line")?.slice(0, 10),
    material: q("material")?.slice(0, 100),
    page: Number.isInteger(page) && page > 0 && page < 100_000 ? page : 1,
    perPage: PER_PAGE,
  };
}

async function showList(c: Context<AppEnv>) {
  const db = c.var.deps.db;
  const filters = readFilters(c);
  const [result, choices] = await Promise.all([
    listProjects(db, visibilityOf(c.var.actor), filters),
    filterChoices(db),
  ]);
  return renderPage(
    c,
    t(c.var.lang, "projects"),
    <ProjectListPage
      lang={c.var.lang}
      filters={filters}
      total={result.total}
      rows={result.rows.map(presentProject)}
      lines={choices.lines}
      materials={presentMaterialChoices(choices)}
      canCreate={c.var.deps.policy.can(c.var.actor, "create", "Project")}
      deleted={deletedCode(c.req.query("supprime"))}
    />,
  );
}

/** Only a well-formed code is echoed back: the query string is the user's to type. */
const deletedCode = (code: string | undefined) =>
  code !== undefined && PROJECT_CODE_PATTERN.test(code) ? code : undefined;

/** The project page; `options` redraws it with a refusal, at the refusal's status. */
export async function showProject(
  c: Context<AppEnv>,
  { projectSections }: OtherSections,
  options: { error?: string; status?: Parameters<typeof renderPage>[3] } = {},
) {
  const p = await visibleProject(c);
  const { db, policy } = c.var.deps;
  const lang = c.var.lang;
  const [details, choices, sections] = await Promise.all([
    projectDetails(db, p),
    formChoices(db),
    Promise.all(projectSections.map((s) => s({ c, project: p }))),
  ]);
  const notice = c.req.query("enregistre") ? t(lang, "saved") : undefined;
  return renderPage(
    c,
    `${p.code} · ${pick(p, "title", lang)}`,
    <ProjectPage
      lang={lang}
      csrf={c.var.csrfToken}
      project={presentProject(p)}
      details={presentProjectDetails(details)}
      organisations={choices.organisations}
      canUpdate={policy.can(c.var.actor, "update", "Project", p)}
      canDelete={policy.can(c.var.actor, "delete", "Project", p)}
      admin={c.var.actor.kind === "user" && c.var.actor.role === "admin"}
      today={todayOf(c.var.deps.now())}
      notice={notice}
      error={options.error}
      sections={sections}
    />,
    options.status ?? 200,
  );
}

async function showForm(
  c: Context<AppEnv>,
  form: FormState,
  project?: ProjectRow,
  status: 200 | 422 = 200,
) {
  const lang = c.var.lang;
  const choices = await formChoices(c.var.deps.db);
  const title = project ? `${t(lang, "editProject")} ${project.code}` : t(lang, "newProject");
  const values = project ? form.values : { kind: "research", ...form.values };
  return renderPage(
    c,
    title,
    <>
      <h1>{project ? <WithCode text={title} code={project.code} /> : title}</h1>
      <ProjectForm
        lang={lang}
        csrf={c.var.csrfToken}
        form={{ ...form, values }}
        choices={presentFormChoices(choices)}
        action={
          project ? projectPath(lang, project.code) : localisedPath(lang, "/cooperation/projets")
        }
        cancel={
          project ? projectPath(lang, project.code) : localisedPath(lang, "/cooperation/projets")
        }
        chooseParty={partyOf(c.var.actor) === null}
      />
    </>,
    status,
  );
}

async function create(c: Context<AppEnv>) {
  const values = formValuesAll(await c.req.parseBody({ all: true }));
  try {
    const input = parseProjectInput(values);
    const created = await createProject(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
      input,
      ownerParty: ownerPartyFor(c.var.actor, input),
      today: todayOf(c.var.deps.now()),
    });
    return c.redirect(projectPath(c.var.lang, created.code), 303);
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showForm(c, { values, errors: error.fields }, undefined, 422);
    }
    throw error;
  }
}

async function update(c: Context<AppEnv>) {
  const p = await editable(c, "update");
  const values = formValuesAll(await c.req.parseBody({ all: true }));
  try {
    const input = parseProjectInput(values);
    await updateProject(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
      code: p.code,
      input,
      // Only an administrator moves a project to the other party.
      ownerParty: partyOf(c.var.actor) === null ? input.ownerParty : undefined,
    });
    return c.redirect(`${projectPath(c.var.lang, p.code)}?enregistre=1`, 303);
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showForm(c, { values, errors: error.fields }, p, 422);
    }
    throw error;
  }
}
