import type { AreaModule } from "../../http/area-module.ts";
import { passwordResetRules } from "./policy.ts";
import { registerPasswordResetRoutes } from "./routes.tsx";

/** A new password through a single-use link sent by e-mail, for every account with a password. */
export const passwordResetModule: AreaModule = {
  name: "password-reset",
  rules: passwordResetRules,
  routes: registerPasswordResetRoutes,
};
