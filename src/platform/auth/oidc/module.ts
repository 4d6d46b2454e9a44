import type { AreaModule } from "../../http/area-module.ts";
import { registerIdentityAdminRoutes } from "./admin-routes.tsx";
import { oidcRules } from "./policy.ts";
import { registerOidcRoutes } from "./routes.tsx";

/** Government sign-in (OpenID Connect) and the accounts page that links identities. */
export const oidcModule: AreaModule = {
  name: "oidc",
  rules: oidcRules,
  routes: (router) => {
    registerOidcRoutes(router);
    registerIdentityAdminRoutes(router);
  },
};
