/**
 * Diversification impact: the project API, the portfolio ranking (page and API), and the
 * capacities a project adds (forms and API). A project hidden from the actor answers 404;
 * writing needs update rights on it.
 */
import type { Router } from "../../platform/http/router.ts";
import { registerImpactApi } from "./api-routes.ts";
import { registerCapacityApi } from "./capacity-api-routes.ts";
import { registerCapacityRoutes } from "./capacity-routes.tsx";
import { registerRankingPage } from "./ranking-routes.tsx";

export function registerImpact(router: Router): void {
  registerImpactApi(router);
  registerCapacityApi(router);
  registerRankingPage(router);
  registerCapacityRoutes(router);
}
