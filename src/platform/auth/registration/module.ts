import type { AreaModule } from "../../http/area-module.ts";
import { registrationRules } from "./policy.ts";
import { registerRegistrationRoutes } from "./routes.tsx";

/** Applicants' own accounts: sign-up and the confirmation of their address by e-mail. */
export const registrationModule: AreaModule = {
  name: "registration",
  rules: registrationRules,
  routes: registerRegistrationRoutes,
};
