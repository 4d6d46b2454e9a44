import type { Router } from "../../platform/http/router.ts";
import { registerProjectApi } from "./api-routes.ts";
import { registerOrganisationPages } from "./organisation-routes.tsx";
import { registerProjectPages } from "./page-routes.tsx";

/** The portfolio, projects and organisations: pages and API. */
export function registerProjects(router: Router): void {
  registerProjectPages(router);
  registerOrganisationPages(router);
  registerProjectApi(router);
}
