/**
 * Scenarios on the global view (EU method): POST /api/v1/criticality/scenarios and the page
 * /criticite/scenario (a GET form) compute and answer; saving them is in saved-routes.tsx.
 */
import { createRoute } from "@hono/zod-openapi";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { computeScenario } from "./compute.ts";
import { readScenarioForm, renderScenarioPage } from "./pages.tsx";
import { registerSavedScenarios } from "./saved-routes.tsx";
import { scenarioBody, scenarioResultSchema } from "./schema.ts";

const CREATE = access("create", "CriticalityScenario");
const READ = access("read", "CriticalityScenario");

export function registerScenarios(router: Router): void {
  router.page("GET", "/criticite/scenario", READ, (c) =>
    renderScenarioPage(
      c,
      readScenarioForm((name) => c.req.queries(name) ?? []),
    ),
  );
  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/criticality/scenarios",
      tags: ["Criticité / Criticality"],
      summary: "Scénario sur le point de vue mondial / Scenario on the global view",
      description:
        "Calcule HHI, RA (méthode UE) et criticité avant et après les changements, à partir des données chargées (USGS, WGI, UE 2023). Rien n’est enregistré (voir /api/v1/criticality/saved-scenarios). / Computes HHI, SR (EU method) and criticality before and after the changes, from the loaded data. Nothing is saved (see /api/v1/criticality/saved-scenarios).",
      request: {
        body: { content: { "application/json": { schema: scenarioBody } }, required: true },
      },
      responses: {
        200: {
          description: "Avant, après, écarts / Before, after, deltas",
          content: { "application/json": { schema: scenarioResultSchema } },
        },
      },
    }),
    CREATE,
    async (c) => {
      const body = c.req.valid("json");
      return c.json(
        await computeScenario(c.var.deps.db, c.var.lang, body.material, body.changes),
        200,
      );
    },
  );
  registerSavedScenarios(router);
}
