import type { AreaModule } from "../platform/http/area-module.ts";
import { seedBriefsDemo } from "./briefs/commands.ts";
import { briefRules } from "./briefs/policy.ts";
import { registerBriefs } from "./briefs/routes.tsx";
import { seedCriticalityData } from "./datasets/seed.ts";
import { criticalityRules } from "./policy.ts";
import { registerCriticality } from "./routes.tsx";

/** Criticality and vulnerability: the bundled datasets, the engine's pages, the shared briefs. */
export const criticalityModule: AreaModule = {
  name: "criticality",
  rules: (policy) => {
    criticalityRules(policy);
    briefRules(policy);
  },
  routes: (router) => {
    registerCriticality(router);
    registerBriefs(router);
  },
  referenceData: (db) => seedCriticalityData(db),
  demo: (db) => seedBriefsDemo(db),
};
