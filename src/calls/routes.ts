import type { Router } from "../platform/http/router.ts";
import { registerApplications } from "./applications/routes.tsx";
import { registerCalls } from "./calls/routes.tsx";
import { fundedCallSection, registerDecisions } from "./decisions/routes.tsx";
import { registerExports } from "./exports/routes.ts";
import { registerReview } from "./review/routes.tsx";
import { registerStatistics } from "./statistics/routes.tsx";

/** Joint calls for projects: the calls, then the applications to them. */
export function registerCallsArea(router: Router): void {
  // First: `/appels/statistiques` would otherwise be taken for the call `/appels/:call`.
  registerStatistics(router);
  // The call's page shows its results once decided, from the decisions feature.
  registerCalls(router, { afterText: fundedCallSection });
  registerApplications(router);
  registerReview(router);
  registerDecisions(router);
  registerExports(router);
}
