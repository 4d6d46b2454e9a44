import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../platform/http/types.ts";
import type { ProjectRow } from "./repository.ts";

/**
 * A block another area adds to the project page (financing, indicators, impact…), drawn after
 * the project's own facts. Each one checks what the actor may see before showing it.
 */
export type ProjectSection = (ctx: { c: Context<AppEnv>; project: ProjectRow }) => Promise<Child>;

/** In page order; the composition root adds the other areas' sections here. */
export const PROJECT_SECTIONS: ProjectSection[] = [];
