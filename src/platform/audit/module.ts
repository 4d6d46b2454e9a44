import type { AreaModule } from "../http/area-module.ts";
import { auditRules } from "./policy.ts";
import { registerAuditPages } from "./routes.tsx";

/** The audit log's pages. */
export const auditModule: AreaModule = {
  name: "audit",
  rules: auditRules,
  routes: registerAuditPages,
};
