import type { AreaModule } from "../platform/http/area-module.ts";
import { registerHome } from "./routes.tsx";

/** The home page: what the platform offers. */
export const homeModule: AreaModule = { name: "home", routes: registerHome };
