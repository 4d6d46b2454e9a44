import type { Router } from "../platform/http/router.ts";
import { registerExchange } from "./exchange/routes.tsx";
import { financingDashboardSection } from "./financing/dashboard-section.tsx";
import { financingSection } from "./financing/project-section.tsx";
import { registerFinancing } from "./financing/routes.tsx";
import { registerImpact } from "./impact/routes.tsx";
import { impactSection } from "./impact/section.tsx";
import { registerIndicators } from "./indicators/routes.tsx";
import { indicatorsSection } from "./indicators/section.tsx";
import { registerLifecycle } from "./lifecycle/routes.tsx";
import { registerMap } from "./map/routes.tsx";
import { registerOrganisations } from "./organisations/routes.tsx";
import { registerProjects } from "./projects/routes.tsx";
import { registerReport } from "./report/routes.ts";

/** Joint projects of the cooperation: portfolio, projects, organisations, then the other areas. */
export function registerCooperation(router: Router): void {
  // Before the project page, whose /cooperation/projets/:code would take "import".
  registerExchange(router);
  // The other areas' blocks on the project page and the portfolio dashboard, in page order.
  const sections = {
    projectSections: [financingSection, indicatorsSection, impactSection],
    dashboardSections: [financingDashboardSection],
  };
  registerProjects(router, sections);
  registerLifecycle(router, sections);
  registerOrganisations(router);
  registerMap(router);
  registerReport(router);
  registerFinancing(router);
  registerIndicators(router);
  registerImpact(router);
}
