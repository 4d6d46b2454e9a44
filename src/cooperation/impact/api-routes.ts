/** The impact API: one project's effect on supply risk, and the portfolio ranked by it. */
import { createRoute, z } from "@hono/zod-openapi";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { VIEW_CODES, viewCodeOf } from "../../shared/party.ts";
import { findVisibleProject } from "../projects/queries.ts";
import { projectImpact } from "./compute.ts";
import { RANKING_VIEW_CODES } from "./present.ts";
import { rankProjects } from "./ranking.ts";
import { materialId } from "./route-helpers.ts";
import { codeParam, impactSchema, rankingSchema, TAGS } from "./schema.ts";

const READ = access("read", "Project");

export function registerImpactApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/projects/{code}/impact",
      tags: TAGS,
      summary:
        "Effet d’un projet sur le risque d’approvisionnement / A project's effect on supply risk",
      description:
        "Pour chaque matière dont le projet ajoute de la capacité : IHH, risque d’approvisionnement et criticité avant et après, par vue (monde, France–UE, Québec–Canada), ou les données manquantes. / Per material the project adds capacity for: HHI, supply risk and criticality before and after, per view, or the missing inputs.",
      request: { params: codeParam },
      responses: {
        200: {
          description: "L’effet / The effect",
          content: { "application/json": { schema: impactSchema } },
        },
        404: {
          description: "Projet introuvable ou non visible / Project not found or not visible",
        },
      },
    }),
    READ,
    async (c) => {
      const p = await findVisibleProject(c.var.deps.db, c.var.actor, c.req.valid("param").code);
      const materials = await projectImpact(c.var.deps.db, p.id);
      return c.json(
        {
          project: p.code,
          materials: materials.map((m) => ({
            material: m.material,
            capacities: m.capacities,
            views: m.views.map((v) => ({ ...v, party: viewCodeOf(v.party) })),
          })),
        },
        200,
      );
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/portfolio/impact",
      tags: TAGS,
      summary:
        "Classement des projets par baisse du risque / Projects ranked by supply-risk reduction",
      request: {
        query: z.object({
          material: z.string().openapi({ example: "graphite" }),
          party: z.enum(RANKING_VIEW_CODES).default("fr"),
        }),
      },
      responses: {
        200: {
          description: "Le classement / The ranking",
          content: { "application/json": { schema: rankingSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const q = c.req.valid("query");
      const id = await materialId(c, q.material);
      const projects = await rankProjects(c.var.deps.db, c.var.actor, id, VIEW_CODES[q.party]);
      return c.json({ material: id, party: q.party, projects }, 200);
    },
  );
}
