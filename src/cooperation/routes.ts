import type { Router } from "../platform/http/router.ts";
import { registerExchange } from "./exchange/routes.tsx";
import { financingDashboardSection } from "./financing/dashboard-section.tsx";
import { financingSection } from "./financing/project-section.tsx";
import { registerFinancing } from "./financing/routes.tsx";
import { registerImpact } from "./impact/routes.tsx";
import { impactSection } from "./impact/section.tsx";
import { registerIndicators } from "./indicators/routes.tsx";
import { indicatorsSection } from "./indicators/section.tsx";
import { registerMap } from "./map/routes.tsx";
import { dashboardSections } from "./projects/dashboard-sections.tsx";
import { registerProjects } from "./projects/routes.tsx";
import { PROJECT_SECTIONS } from "./projects/sections.tsx";
import { registerReport } from "./report/routes.ts";

// Once per process (not per app built): the other areas' blocks on the project page and the
// portfolio dashboard, in page order.
PROJECT_SECTIONS.push(financingSection, indicatorsSection, impactSection);
dashboardSections.push(financingDashboardSection);

/** Joint projects of the cooperation: portfolio, projects, organisations, then the other areas. */
export function registerCooperation(router: Router): void {
  // Before the project page, whose /cooperation/projets/:code would take "import".
  registerExchange(router);
  registerProjects(router);
  registerMap(router);
  registerReport(router);
  registerFinancing(router);
  registerIndicators(router);
  registerImpact(router);
}
