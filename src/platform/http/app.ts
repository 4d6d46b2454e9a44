import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { registerLetterTemplates } from "../../access/letters/routes.tsx";
import { registerAccess } from "../../access/web/routes.ts";
import { registerCooperation } from "../../cooperation/routes.ts";
import { registerBriefs } from "../../criticality/briefs/routes.tsx";
import { registerCriticality } from "../../criticality/web/routes.tsx";
import { registerDeclaration } from "../../declaration/routes.tsx";
import { registerHome } from "../../home/routes.tsx";
import { registerAuditPages } from "../audit/routes.tsx";
import { authenticate } from "../auth/authenticate.ts";
import { csrfProtection } from "../auth/csrf.ts";
import { registerIdentityAdminRoutes } from "../auth/oidc/admin-routes.tsx";
import { registerOidcRoutes } from "../auth/oidc/routes.tsx";
import { passwordChangeGate } from "../auth/password-gate.tsx";
import { registerAuthRoutes } from "../auth/routes.tsx";
import { fail } from "../errors/app-error.ts";
import { fieldErrorsFrom } from "../errors/zod-issues.ts";
import { registerMailPages } from "../mail/routes.tsx";
import { onError, onNotFound } from "./error-boundary.tsx";
import { inputGuard } from "./input-guard.ts";
import { referenceDataGate } from "./loading-gate.ts";
import { registerPlatformRoutes } from "./platform-routes.tsx";
import { requestContext } from "./request-context.ts";
import { Router } from "./router.ts";
import { securityHeaders } from "./security-headers.ts";
import { canonicalPath } from "./trailing-slash.ts";
import type { AppEnv, Deps } from "./types.ts";

/**
 * 10 MB at most per body. GET and HEAD carry none (node-server gives them no body), and asking
 * for it would build a full fetch Request for every page view: they skip the check.
 */
function requestBodyLimit(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: 10 * 1024 * 1024,
    onError: () => {
      throw fail("payload_too_large");
    },
  });
  return (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limit(c, next));
}

/** The whole web application: middleware in a fixed order, then each area's routes. */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({
    // zod validation failures become the catalogue's validation_failed, with per-field messages.
    defaultHook: (result) => {
      if (!result.success)
        throw fail("validation_failed", {}, fieldErrorsFrom(result.error.issues));
    },
  });
  app.use(canonicalPath());
  app.use(requestContext(deps));
  app.use(securityHeaders());
  app.use(requestBodyLimit());
  app.use(inputGuard());
  app.use(referenceDataGate());
  app.use(authenticate());
  app.use(csrfProtection());
  app.use(passwordChangeGate());

  const router = new Router(app);
  registerPlatformRoutes(router);
  registerAuthRoutes(router);
  registerOidcRoutes(router);
  registerIdentityAdminRoutes(router);
  registerAuditPages(router);
  registerMailPages(router);
  registerHome(router);
  registerDeclaration(router);
  registerCriticality(router);
  registerBriefs(router);
  registerAccess(router);
  registerLetterTemplates(router);
  registerCooperation(router);

  app.onError(onError);
  app.notFound(onNotFound);
  return { app, routes: router.declared };
}

export type App = ReturnType<typeof createApp>["app"];
