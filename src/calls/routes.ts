import type { Router } from "../platform/http/router.ts";
import { registerApplications } from "./applications/routes.tsx";
import { registerCalls } from "./calls/routes.tsx";
import { fundedCallSection, registerDecisions } from "./decisions/routes.tsx";
import { registerReview } from "./review/routes.tsx";

/** Joint calls for projects: the calls, then the applications to them. */
export function registerCallsArea(router: Router): void {
  // The call's page shows its results once decided, from the decisions feature.
  registerCalls(router, { afterText: fundedCallSection });
  registerApplications(router);
  registerReview(router);
  registerDecisions(router);
}
