import type { Router } from "../../platform/http/router.ts";
import { registerProjectApi } from "./api-routes.ts";
import { registerProjectPages } from "./page-routes.tsx";
import type { OtherSections } from "./sections.ts";

/** The portfolio and its projects: pages and API, with the other areas' blocks. */
export function registerProjects(router: Router, sections: OtherSections): void {
  registerProjectPages(router, sections);
  registerProjectApi(router);
}
