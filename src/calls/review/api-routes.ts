import { createRoute } from "@hono/zod-openapi";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { findCallByCode } from "../calls/queries.ts";
import { presentRankingApi } from "./present.ts";
import { rankingOf } from "./ranking.ts";
import { callCodeParam, rankingSchema } from "./schema.ts";

/** The ranking of a call for the officials of both parties: the dashboard's, from rankingOf. */
export function registerReviewApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/calls/{code}/ranking",
      tags: ["Appels / Calls"],
      summary: "Classement d’un appel / Ranking of a call",
      description:
        "Les candidatures admissibles pour les deux parties, par moyenne pondérée des évaluations transmises (moyenne sur les évaluateurs de Σ wᵢ·sᵢ / Σ wᵢ), avec les avis demandés et reçus et les critères en désaccord (plus de 2 points d’écart). / The applications eligible for both parties, by the weighted mean of submitted reviews (mean over reviewers of Σ wᵢ·sᵢ / Σ wᵢ), with reviews asked and received and the criteria in disagreement (more than 2 points apart).",
      request: { params: callCodeParam },
      responses: {
        200: {
          description: "Le classement / The ranking",
          content: {
            "application/json": {
              schema: rankingSchema,
              example: {
                call: "AAP-2026-01",
                items: [
                  {
                    rank: 1,
                    applicationId: "7d6f3c1e-5b0a-4a43-9c55-2f1f0e4b8a10",
                    reference: "AAP-2026-01-0003",
                    title: "Graphite sphérique",
                    mean: 4.25,
                    reviewsAsked: 3,
                    reviewsReceived: 2,
                    disagreements: [
                      {
                        criterionId: "0b7a4f8e-2d51-4a7c-8e0b-6a1c9d3e5f20",
                        label: "Qualité scientifique",
                      },
                    ],
                  },
                ],
              },
            },
          },
        },
        401: { description: "Non connecté / Not signed in" },
        403: { description: "Réservé aux membres / Members only" },
        404: { description: "Appel inconnu / Unknown call" },
      },
    }),
    access("read", "CallReview"),
    async (c) => {
      const code = c.req.valid("param").code;
      const call = await findCallByCode(c.var.deps.db, code);
      if (call?.status !== "published") throw fail("not_found");
      const items = await rankingOf(c.var.deps.db, call.id);
      return c.json(presentRankingApi(call.code, items, c.var.lang), 200);
    },
  );
}
