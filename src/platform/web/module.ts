import type { AreaModule } from "../http/area-module.ts";
import { registerPlatformRoutes } from "./platform-routes.tsx";

/** Health, API reference and static files: readable by anyone. */
export const platformHttpModule: AreaModule = {
  name: "platform",
  rules: (policy) => policy.allow("anyone", "read", "Platform"),
  routes: registerPlatformRoutes,
};
