import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { attachmentDisposition } from "../../platform/http/attachment.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import {
  documentPath,
  editableByCode,
  json,
  reloaded,
  TAGS,
  visibleByCode,
} from "../projects/api-presenter.ts";
import { codeParam, projectSchema } from "../projects/api-schema.ts";
import { projectDocument } from "../projects/queries.ts";
import { todayOf } from "../projects/today.ts";
import {
  addMilestone,
  addPartner,
  addProjectDocument,
  completeMilestone,
  moveProjectStatus,
  removePartner,
} from "./commands.ts";
import {
  documentForm,
  documentParam,
  milestoneBody,
  milestoneDoneBody,
  milestoneParam,
  partnerBody,
  partnerRemovalBody,
  statusBody,
} from "./schema.ts";

const UPDATE = access("update", "Project");

const REFUSALS = {
  403: { description: "Projet de l’autre partie / The other party's project" },
  404: { description: "Inconnu ou non visible / Unknown or not visible" },
  422: { description: "Champs invalides / Invalid fields" },
} as const;

const jsonBody = <T>(schema: T, required = true) => ({
  body: { content: { "application/json": { schema } }, required },
});

const performer = (c: Context<AppEnv>) => performerOf(c.var.actor, c.var.requestId);
const today = (c: Context<AppEnv>) => todayOf(c.var.deps.now());

/** The project page names the milestone's titles differently; API clients get their own names. */
async function withApiFieldNames(run: () => Promise<void>): Promise<void> {
  const names: Record<string, string> = {
    milestoneTitleFr: "titleFr",
    milestoneTitleEn: "titleEn",
  };
  try {
    await run();
  } catch (error) {
    if (!(error instanceof AppError) || error.id !== "validation_failed") throw error;
    const fields = Object.entries(error.fields).map(([k, v]) => [names[k] ?? k, v]);
    throw fail("validation_failed", error.vars, Object.fromEntries(fields));
  }
}

/** What the project page does besides editing the fields: status, partners, milestones, files. */
export function registerLifecycleApi(router: Router): void {
  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}/status",
      tags: TAGS,
      summary: "Changer l’état d’un projet / Change a project's status",
      description:
        "Une étape à la fois, ou abandonné ; un administrateur peut revenir d’une étape. La date ne précède pas le dernier changement. / One step at a time, or abandoned; an administrator may step back once. The date is not before the last change.",
      request: { params: codeParam, ...jsonBody(statusBody) },
      responses: {
        200: json(projectSchema, "Le projet, avec son historique / The project, with its history"),
        ...REFUSALS,
        409: { description: "Changement d’état refusé / Status change refused" },
      },
    }),
    UPDATE,
    async (c) => {
      const p = await editableByCode(c, c.req.valid("param").code);
      const body = c.req.valid("json");
      await moveProjectStatus(c.var.deps.db, performer(c), {
        code: p.code,
        to: body.to,
        onDate: body.onDate ?? today(c),
        note: body.note,
        admin: c.var.actor.kind === "user" && c.var.actor.role === "admin",
      });
      return c.json(await reloaded(c, p.code), 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}/partners",
      tags: TAGS,
      summary: "Ajouter un partenaire / Add a partner",
      description:
        "Une organisation peut tenir plusieurs rôles ; ajouter un rôle déjà tenu ne change rien. / An organisation may hold several roles; adding a role it already holds changes nothing.",
      request: { params: codeParam, ...jsonBody(partnerBody) },
      responses: { 201: json(projectSchema, "Le projet / The project"), ...REFUSALS },
    }),
    UPDATE,
    async (c) => {
      const p = await editableByCode(c, c.req.valid("param").code);
      await addPartner(c.var.deps.db, performer(c), { code: p.code, ...c.req.valid("json") });
      return c.json(await reloaded(c, p.code), 201);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}/partners/remove",
      tags: TAGS,
      summary: "Retirer un partenaire / Remove a partner",
      description:
        "Retire ce rôle de cette organisation ; 404 si elle ne le tient pas. / Removes that role of that organisation; 404 if it does not hold it.",
      request: { params: codeParam, ...jsonBody(partnerRemovalBody) },
      responses: { 200: json(projectSchema, "Le projet / The project"), ...REFUSALS },
    }),
    UPDATE,
    async (c) => {
      const p = await editableByCode(c, c.req.valid("param").code);
      await removePartner(c.var.deps.db, performer(c), { code: p.code, ...c.req.valid("json") });
      return c.json(await reloaded(c, p.code), 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}/milestones",
      tags: TAGS,
      summary: "Ajouter un jalon / Add a milestone",
      request: { params: codeParam, ...jsonBody(milestoneBody) },
      responses: {
        201: json(projectSchema, "Le projet, avec le jalon / The project, with the milestone"),
        ...REFUSALS,
      },
    }),
    UPDATE,
    async (c) => {
      const p = await editableByCode(c, c.req.valid("param").code);
      await withApiFieldNames(() =>
        addMilestone(c.var.deps.db, performer(c), { code: p.code, ...c.req.valid("json") }),
      );
      return c.json(await reloaded(c, p.code), 201);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}/milestones/{id}/done",
      tags: TAGS,
      summary: "Marquer un jalon réalisé / Mark a milestone done",
      request: { params: milestoneParam, ...jsonBody(milestoneDoneBody, false) },
      responses: { 200: json(projectSchema, "Le projet / The project"), ...REFUSALS },
    }),
    UPDATE,
    async (c) => {
      const { code, id } = c.req.valid("param");
      const p = await editableByCode(c, code);
      await completeMilestone(c.var.deps.db, performer(c), {
        code: p.code,
        milestoneId: id,
        doneOn: c.req.valid("json").doneOn ?? today(c),
      });
      return c.json(await reloaded(c, p.code), 200);
    },
  );

  registerDocumentApi(router);
}

function registerDocumentApi(router: Router): void {
  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/projects/{code}/documents",
      tags: TAGS,
      summary: "Joindre un document / Attach a document",
      description:
        "Envoi multipart/form-data : title et document (un fichier de 10 Mo au plus, gardé avec son empreinte SHA-256). L’en-tête Location donne l’adresse de téléchargement. / A multipart/form-data upload: title and document (a file of 10 MB at most, kept with its SHA-256 fingerprint). The Location header gives the download address.",
      request: {
        params: codeParam,
        body: { content: { "multipart/form-data": { schema: documentForm } }, required: true },
      },
      responses: {
        201: json(projectSchema, "Le projet, avec le document / The project, with the document"),
        ...REFUSALS,
        413: { description: "Fichier trop volumineux / File too large" },
      },
    }),
    UPDATE,
    async (c) => {
      const p = await editableByCode(c, c.req.valid("param").code);
      const { title, document } = c.req.valid("form");
      const file = document instanceof File ? document : null;
      const { id } = await addProjectDocument(c.var.deps.db, performer(c), {
        code: p.code,
        title,
        fileName: file?.name ?? "",
        contentType: file?.type ?? "",
        content: file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
      });
      c.header("Location", documentPath(p.code, id));
      return c.json(await reloaded(c, p.code), 201);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/projects/{code}/documents/{id}",
      tags: TAGS,
      summary: "Télécharger un document / Download a document",
      description:
        "Toujours servi en pièce jointe application/octet-stream. / Always served as an application/octet-stream attachment.",
      request: { params: documentParam },
      responses: {
        200: {
          description: "Le fichier / The file",
          content: {
            "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) },
          },
        },
        404: { description: "Inconnu ou non visible / Unknown or not visible" },
      },
    }),
    access("read", "Project"),
    async (c) => {
      const { code, id } = c.req.valid("param");
      const p = await visibleByCode(c, code);
      const doc = await projectDocument(c.var.deps.db, p.id, id);
      if (!doc) throw fail("not_found");
      // As on the project page: a stored HTML or SVG file must never run in Alliage's origin.
      c.header("Content-Type", "application/octet-stream");
      c.header("Content-Disposition", attachmentDisposition(doc.file_name));
      c.header("X-Content-Type-Options", "nosniff");
      return c.body(doc.content as Uint8Array<ArrayBuffer>, 200);
    },
  );
}
