/**
 * The workflow in the API: edit a draft, submit it, approve it for one's party or send it back
 * with a reason, publish it. Each step runs the page's command under the page's rule; a refusal
 * answers the command's own message (French by default, ?lang=en) and changes nothing.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Performer, performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { APPROVE, PUBLISH, UPDATE } from "./access-rules.ts";
import {
  briefSchema,
  draftBody,
  idParam,
  json,
  PATH,
  present,
  REFUSALS,
  reasonBody,
  reviewedIdParam,
  TAGS,
} from "./api-schema.ts";
import { approveBrief, publishBrief, rejectBrief, submitBrief, updateBrief } from "./commands.ts";
import { type Brief, findBrief } from "./queries.ts";
import { visibleBrief } from "./visible.ts";

const jsonBody = <T>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

/** Runs the step on the brief the path names (404 if unknown), then answers the brief as it is. */
async function step(
  c: Context<AppEnv>,
  id: string,
  run: (b: Brief, performer: Performer) => Promise<unknown>,
) {
  const b = await visibleBrief(c, id);
  await run(b, performerOf(c.var.actor, c.var.requestId));
  const after = await findBrief(c.var.deps.db, b.id);
  if (!after) throw fail("not_found");
  return c.json(present(after), 200);
}

export function registerBriefWorkflowApi(router: Router): void {
  router.api(
    createRoute({
      method: "post",
      path: `${PATH}/{id}`,
      tags: TAGS,
      summary: "Modifier un brouillon / Edit a draft",
      description:
        "Remplace les textes et les liens du brouillon (un champ absent est vidé) et enregistre la version suivante ; rien n’est enregistré si rien ne change. Les figures restent. / Replaces the draft's texts and links (a missing field is emptied) and saves the next version; nothing is saved if nothing changes. Figures stay.",
      request: { params: idParam, ...jsonBody(draftBody) },
      responses: { 200: json(briefSchema, "Le brouillon / The draft"), ...REFUSALS },
    }),
    UPDATE,
    (c) =>
      step(c, c.req.valid("param").id, (b, p) =>
        updateBrief(c.var.deps.db, p, c.var.actor, b.id, c.req.valid("json")),
      ),
  );

  router.api(
    createRoute({
      method: "post",
      path: `${PATH}/{id}/submit`,
      tags: TAGS,
      summary: "Soumettre à la revue / Submit for review",
      description:
        "Un brouillon passe en revue ; un membre de chaque partie peut alors l’approuver. / A draft goes to review; a member of each party may then approve it.",
      request: { params: idParam },
      responses: { 200: json(briefSchema, "La note en revue / The brief in review"), ...REFUSALS },
    }),
    UPDATE,
    (c) =>
      step(c, c.req.valid("param").id, (b, p) => submitBrief(c.var.deps.db, p, c.var.actor, b.id)),
  );

  router.api(
    createRoute({
      method: "post",
      path: `${PATH}/{id}/approve`,
      tags: TAGS,
      summary: "Approuver pour sa partie / Approve for one's party",
      description:
        "L’approbation de la version en cours au nom de la partie de l’appelant. Il en faut une de chaque partie, par deux personnes autres que l’auteur ou l’autrice ; la seconde rend la note approuvée. / Approval of the current version on behalf of the caller's party. It needs one from each party, by two people other than the author; the second makes the brief approved.",
      request: { params: reviewedIdParam },
      responses: {
        200: json(briefSchema, "La note, en revue ou approuvée / The brief, in review or approved"),
        ...REFUSALS,
      },
    }),
    APPROVE,
    (c) =>
      step(c, c.req.valid("param").id, (b, p) => approveBrief(c.var.deps.db, p, c.var.actor, b.id)),
  );

  router.api(
    createRoute({
      method: "post",
      path: `${PATH}/{id}/reject`,
      tags: TAGS,
      summary: "Renvoyer en brouillon / Send back to draft",
      description:
        "Une note en revue ou approuvée redevient un brouillon, avec la raison ; les approbations données tombent. / A brief in review or approved becomes a draft again, with the reason; approvals given lapse.",
      request: { params: reviewedIdParam, ...jsonBody(reasonBody) },
      responses: { 200: json(briefSchema, "Le brouillon / The draft"), ...REFUSALS },
    }),
    APPROVE,
    (c) =>
      step(c, c.req.valid("param").id, (b, p) =>
        rejectBrief(c.var.deps.db, p, c.var.actor, b.id, c.req.valid("json").reason),
      ),
  );

  router.api(
    createRoute({
      method: "post",
      path: `${PATH}/{id}/publish`,
      tags: TAGS,
      summary: "Publier / Publish",
      description:
        "Une note approuvée devient publique, si tous ses textes sont en français et en anglais. / An approved brief becomes public, if all its texts are in French and English.",
      request: { params: idParam },
      responses: { 200: json(briefSchema, "La note publiée / The published brief"), ...REFUSALS },
    }),
    PUBLISH,
    (c) =>
      step(c, c.req.valid("param").id, (b, p) => publishBrief(c.var.deps.db, p, c.var.actor, b.id)),
  );
}
