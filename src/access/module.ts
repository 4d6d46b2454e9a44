import type { AreaModule } from "../platform/http/area-module.ts";
import { seedAccessDemo } from "./demo/commands.ts";
import { letterTemplateRules } from "./letters/policy.ts";
import { registerLetterTemplates } from "./letters/routes.tsx";
import { accessRules } from "./policy.ts";
import { registerAccess } from "./routes.ts";

/** The access-to-information desk: requests, decisions, letters, the disclosure log. */
export const accessModule: AreaModule = {
  name: "access",
  rules: (policy) => {
    accessRules(policy);
    letterTemplateRules(policy);
  },
  routes: (router) => {
    registerAccess(router);
    registerLetterTemplates(router);
  },
  demo: (db) => seedAccessDemo(db),
};
