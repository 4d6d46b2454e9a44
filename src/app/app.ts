import { OpenAPIHono } from "@hono/zod-openapi";
import { authenticate } from "../platform/auth/authenticate.ts";
import { csrfProtection } from "../platform/auth/csrf.ts";
import { passwordChangeGate } from "../platform/auth/password-gate.tsx";
import { fail } from "../platform/errors/app-error.ts";
import { fieldErrorsFrom } from "../platform/errors/zod-issues.ts";
import type { AreaModule } from "../platform/http/area-module.ts";
import { requestBodyLimit } from "../platform/http/body-limit.ts";
import { inputGuard } from "../platform/http/input-guard.ts";
import { referenceDataGate } from "../platform/http/loading-gate.ts";
import { requestContext } from "../platform/http/request-context.ts";
import { Router } from "../platform/http/router.ts";
import { securityHeaders } from "../platform/http/security-headers.ts";
import { canonicalPath } from "../platform/http/trailing-slash.ts";
import type { AppEnv, Deps } from "../platform/http/types.ts";
import { onError, onNotFound } from "../platform/web/error-boundary.tsx";
import { AREAS } from "./areas.ts";

/** The whole web application: middleware in a fixed order, then each area's routes. */
export function createApp(deps: Deps, areas: readonly AreaModule[] = AREAS) {
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
  for (const area of areas) area.routes?.(router);

  app.onError(onError);
  app.notFound(onNotFound);
  return { app, routes: router.declared };
}

export type App = ReturnType<typeof createApp>["app"];
