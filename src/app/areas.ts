import { accessModule } from "../access/module.ts";
import { callsModule } from "../calls/module.ts";
import { cooperationModule } from "../cooperation/module.ts";
import { criticalityModule } from "../criticality/module.ts";
import { declarationModule } from "../declaration/module.ts";
import { homeModule } from "../home/module.ts";
import { auditModule } from "../platform/audit/module.ts";
import { authModule } from "../platform/auth/module.ts";
import { oidcModule } from "../platform/auth/oidc/module.ts";
import { passwordResetModule } from "../platform/auth/password-reset/module.ts";
import { registrationModule } from "../platform/auth/registration/module.ts";
import type { AreaModule } from "../platform/http/area-module.ts";
import { mailModule } from "../platform/mail/module.ts";
import { platformHttpModule } from "../platform/web/module.ts";

/**
 * Every area of Alliage, in the order their routes are registered (a fixed path before a
 * parameter that would take it) and their seeds run. A new area is one line here.
 */
export const AREAS: readonly AreaModule[] = [
  platformHttpModule,
  authModule,
  registrationModule,
  passwordResetModule,
  oidcModule,
  auditModule,
  mailModule,
  homeModule,
  declarationModule,
  criticalityModule,
  accessModule,
  cooperationModule,
  callsModule,
];
