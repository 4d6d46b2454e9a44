/**
 * Diversification impact: the project API, the portfolio ranking (page and API), and the
 * capacities a project adds (forms and API). A project hidden from the actor answers 404;
 * writing needs update rights on it.
 */
import type { Router } from "../../platform/http/router.ts";
import { registerCapacityApi } from "./capacity-api.ts";
import { registerCapacityRoutes } from "./capacity-routes.tsx";
import { registerImpactApi } from "./impact-api.ts";
import { registerRankingPage } from "./ranking-page.tsx";

export function registerImpact(router: Router): void {
  registerImpactApi(router);
  registerCapacityApi(router);
  registerRankingPage(router);
  registerCapacityRoutes(router);
}
