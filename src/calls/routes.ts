import type { Router } from "../platform/http/router.ts";
import { registerApplications } from "./applications/routes.tsx";
import { registerCalls } from "./calls/routes.tsx";

/** Joint calls for projects: the calls, then the applications to them. */
export function registerCallsArea(router: Router): void {
  registerCalls(router);
  registerApplications(router);
}
