import type { AreaModule } from "../http/area-module.ts";
import { authRules } from "./policy.ts";
import { registerAuthRoutes } from "./routes.tsx";

/** Accounts, passwords, second factor and API tokens. */
export const authModule: AreaModule = {
  name: "auth",
  rules: authRules,
  routes: registerAuthRoutes,
};
