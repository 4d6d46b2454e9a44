import type { AreaModule } from "../http/area-module.ts";
import { mailRules } from "./policy.ts";
import { registerMailPages } from "./routes.tsx";

/** The mail outbox's pages. */
export const mailModule: AreaModule = {
  name: "mail",
  rules: mailRules,
  routes: registerMailPages,
};
