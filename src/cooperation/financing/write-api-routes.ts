/**
 * Writing financing through the API: the same commands, permissions and confidentiality as the
 * forms (routes.tsx). A line hidden from the caller answers 404, as if it did not exist; a
 * visible line of the other party's project answers 403.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { visibilityOf } from "../shared/visibility.ts";
import { lineSchema, presentLine } from "./api-schema.ts";
import {
  commitmentCreateBody,
  commitmentUpdateBody,
  confirmQuery,
  disbursementBody,
  disbursementCreatedSchema,
  lineParam,
} from "./api-write-schema.ts";
import {
  addCommitment,
  addDisbursement,
  type CommitmentInput,
  deleteCommitment,
  updateCommitment,
} from "./commands.ts";
import { performer } from "./handler-helpers.ts";
import { centsToDecimal } from "./money.ts";
import { type FinancingLine, findDisbursement, findLine, findVisibleProject } from "./queries.ts";

const TAGS = ["Cofinancement / Co-financing"];

const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

const INVALID = {
  description: "Valeurs invalides, rien n’est écrit / Invalid values, nothing written",
};
const REFUSED = { description: "Projet de l’autre partie / The other party's project" };
const HIDDEN = { description: "Inconnue ou non visible / Unknown or not visible" };

/**
 * The API takes one spelling of an amount, "1234.56": the forms' French and English readings
 * would make "1,234" mean 1.234 or 1234 depending on the request's language.
 */
function apiAmount(value: string): string {
  if (!/^[-−]?\d+(\.\d+)?$/.test(value.trim())) throw fail("financing_amount_format", { value });
  return value;
}

type CommitmentBody = {
  funderId: string;
  source: string;
  party: string;
  amount: string;
  currency: string;
  committedOn: string;
  confidentialTo: string | null;
  note: string;
};

const commitmentInput = (b: CommitmentBody): CommitmentInput => ({
  funderId: b.funderId,
  source: b.source,
  party: b.party,
  amount: apiAmount(b.amount),
  currency: b.currency,
  committedOn: b.committedOn,
  confidentialTo: b.confidentialTo ?? "",
  note: b.note,
});

/** The line named in the path, once the caller may do `action` on its project's financing. */
async function lineFor(
  c: Context<AppEnv>,
  id: string,
  action: "update" | "delete" | "create",
): Promise<FinancingLine> {
  const l = await findLine(c.var.deps.db, visibilityOf(c.var.actor), id);
  if (!l) throw fail("not_found");
  c.var.deps.policy.authorize(c.var.actor, action, "Financing", { owner_party: l.ownerParty });
  return l;
}

/**
 * The line as written. Read without the caller's visibility: they may have just made it
 * confidential to the other party, and echoing what they sent reveals nothing.
 */
async function written(c: Context<AppEnv>, id: string) {
  return presentLine((await findLine(c.var.deps.db, { kind: "all" }, id)) as FinancingLine);
}

export function registerFinancingWriteApi(router: Router): void {
  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/financing",
      tags: TAGS,
      summary: "Ajouter un engagement / Add a commitment",
      description:
        "Engagement d’un bailleur sur un projet, par les membres de la partie du projet ou un administrateur. / A funder's commitment to a project, by members of the project's party or an administrator.",
      request: body(commitmentCreateBody),
      responses: {
        201: json(lineSchema, "La ligne créée / The line created"),
        403: REFUSED,
        404: { description: "Projet inconnu ou non visible / Unknown or hidden project" },
        422: INVALID,
      },
    }),
    access("create", "Financing"),
    async (c) => {
      const b = c.req.valid("json");
      const p = await findVisibleProject(c.var.deps.db, visibilityOf(c.var.actor), b.project);
      if (!p) throw fail("project_unknown", { code: b.project.slice(0, 20) });
      c.var.deps.policy.authorize(c.var.actor, "create", "Financing", {
        owner_party: p.owner_party,
      });
      const { id } = await addCommitment(
        c.var.deps.db,
        performer(c),
        p.id,
        commitmentInput(b),
        c.var.lang,
        visibilityOf(c.var.actor),
      );
      return c.json(await written(c, id), 201);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/financing/{id}",
      tags: TAGS,
      summary: "Une ligne de financement / One financing line",
      request: { params: lineParam },
      responses: { 200: json(lineSchema, "La ligne / The line"), 404: HIDDEN },
    }),
    access("read", "Financing"),
    async (c) => {
      const l = await findLine(c.var.deps.db, visibilityOf(c.var.actor), c.req.valid("param").id);
      if (!l) throw fail("not_found");
      return c.json(presentLine(l), 200);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/financing/{id}",
      tags: TAGS,
      summary: "Modifier un engagement / Update a commitment",
      description:
        "Remplace tous les champs ; l’engagement ne descend pas sous le versé, sa devise ne change plus après un versement. / Replaces every field; the commitment cannot go below what was paid, nor change currency once paid.",
      request: { params: lineParam, ...body(commitmentUpdateBody) },
      responses: {
        200: json(lineSchema, "La ligne modifiée / The line updated"),
        403: REFUSED,
        404: HIDDEN,
        409: { description: "Devise verrouillée par des versements / Currency locked by payments" },
        422: INVALID,
      },
    }),
    access("update", "Financing"),
    async (c) => {
      const l = await lineFor(c, c.req.valid("param").id, "update");
      const input = commitmentInput(c.req.valid("json"));
      await updateCommitment(
        c.var.deps.db,
        performer(c),
        l.id,
        input,
        c.var.lang,
        visibilityOf(c.var.actor),
      );
      return c.json(await written(c, l.id), 200);
    },
  );

  router.api(
    createRoute({
      method: "delete",
      path: "/api/v1/financing/{id}",
      tags: TAGS,
      summary: "Supprimer un engagement / Delete a commitment",
      description:
        "Supprime l’engagement et ses versements ; exige ?confirm=true. / Deletes the commitment and its disbursements; requires ?confirm=true.",
      request: { params: lineParam, query: confirmQuery },
      responses: {
        204: { description: "Supprimé / Deleted" },
        403: REFUSED,
        404: HIDDEN,
        422: { description: "Confirmation manquante / Confirmation missing" },
      },
    }),
    access("delete", "Financing"),
    async (c) => {
      const l = await lineFor(c, c.req.valid("param").id, "delete");
      if (c.req.valid("query").confirm !== "true")
        throw fail("financing_delete_unconfirmed", { funder: l.funderName });
      await deleteCommitment(c.var.deps.db, performer(c), l.id);
      return c.body(null, 204);
    },
  );

  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/financing/{id}/disbursements",
      tags: TAGS,
      summary: "Enregistrer un versement / Record a disbursement",
      description:
        "Dans la devise de l’engagement, sans dépasser ce qui reste à verser. / In the commitment's currency, never above what remains to be paid.",
      request: { params: lineParam, ...body(disbursementBody) },
      responses: {
        201: json(disbursementCreatedSchema, "Le versement et la ligne / The payment and the line"),
        403: REFUSED,
        404: HIDDEN,
        422: INVALID,
      },
    }),
    access("create", "Financing"),
    async (c) => {
      const l = await lineFor(c, c.req.valid("param").id, "create");
      const b = c.req.valid("json");
      const { id } = await addDisbursement(
        c.var.deps.db,
        performer(c),
        l.id,
        { amount: apiAmount(b.amount), paidOn: b.paidOn, note: b.note },
        c.var.lang,
      );
      const d = (await findDisbursement(c.var.deps.db, id)) as NonNullable<
        Awaited<ReturnType<typeof findDisbursement>>
      >;
      const disbursement = {
        id,
        amount: centsToDecimal(BigInt(d.cents)),
        paidOn: d.paid_on,
        note: d.note,
      };
      return c.json({ disbursement, line: await written(c, l.id) }, 201);
    },
  );
}
