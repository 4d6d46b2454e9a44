import type { Router } from "../platform/http/router.ts";
import { registerCompare } from "./compare/routes.tsx";
import { registerComplementarity } from "./complementarity/routes.tsx";
import { registerDatasetAdmin } from "./dataset-admin/routes.tsx";
import { registerExports } from "./exports/routes.ts";
import { registerFactsheet } from "./factsheets/routes.tsx";
import { registerMaterialApi, registerMaterialPages } from "./materials/routes.tsx";
import { registerScenarios } from "./scenarios/routes.tsx";
import { registerUncertainty } from "./uncertainty/routes.ts";

/** The criticality pages and API, feature by feature; the order is the routes' registration order. */
export function registerCriticality(router: Router): void {
  registerMaterialPages(router);
  registerScenarios(router);
  registerExports(router);
  registerFactsheet(router);
  registerCompare(router);
  registerComplementarity(router);
  registerDatasetAdmin(router);
  registerUncertainty(router);
  registerMaterialApi(router);
}
