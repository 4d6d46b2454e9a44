import type { AreaModule } from "../platform/http/area-module.ts";
import { seedCooperationDemo } from "./demo/commands.ts";
import { cooperationRules } from "./policy.ts";
import { registerCooperation } from "./routes.ts";

/** Joint projects: portfolio, co-financing, indicators, impact, map, report, exchange. */
export const cooperationModule: AreaModule = {
  name: "cooperation",
  rules: cooperationRules,
  routes: registerCooperation,
  demo: (db) => seedCooperationDemo(db),
};
