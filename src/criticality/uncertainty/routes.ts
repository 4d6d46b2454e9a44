/** GET /api/v1/criticality/uncertainty: Monte Carlo p5/p50/p95 of SR and P(critical). */
import { createRoute } from "@hono/zod-openapi";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { resolveMaterial } from "../loaders/materials.ts";
import { computeUncertainty, readUncertaintyParams } from "./queries.ts";
import { uncertaintyQuery, uncertaintySchema } from "./schema.ts";

export function registerUncertainty(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/uncertainty",
      tags: ["Criticité / Criticality"],
      summary: "Incertitude du RA (Monte-Carlo) / Uncertainty of the SR (Monte Carlo)",
      description:
        "Point de vue mondial, méthode UE : tirages sur les erreurs types du WGI et sur les productions estimées (erreur type relative de 10 %) ; p5, p50, p95 du RA et probabilité d’être critique. Même graine, mêmes résultats. / Global view, EU method: draws over the WGI standard errors and the estimated production figures (10 % relative standard error); p5, p50, p95 of the SR and probability of being critical. Same seed, same results.",
      request: { query: uncertaintyQuery },
      responses: {
        200: {
          description: "Distribution du RA par matière / SR distribution per material",
          content: { "application/json": { schema: uncertaintySchema } },
        },
        400: { description: "Paramètre invalide / Invalid parameter" },
        404: { description: "Matière inconnue / Unknown material" },
      },
    }),
    access("read", "Criticality"),
    async (c) => {
      const query = c.req.valid("query");
      const { draws, seed } = readUncertaintyParams(query.draws, query.seed);
      const material = query.material;
      let id: string | undefined;
      if (material !== undefined) {
        const match = await resolveMaterial(c.var.deps.db, material);
        if (!match.found)
          throw fail("criticality_unknown_material", { name: material, suggestions: "" });
        id = match.material.id;
      }
      return c.json(
        await computeUncertainty(c.var.deps.db, { draws, seed, ...(id && { material: id }) }),
        200,
      );
    },
  );
}
