import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Visibility } from "../shared/visibility.ts";
import type { ProjectRow } from "./queries.ts";

/**
 * A block another area adds to the project page (financing, indicators, impact…), drawn after
 * the project's own facts. Each one checks what the actor may see before showing it.
 */
export type ProjectSection = (ctx: { c: Context<AppEnv>; project: ProjectRow }) => Promise<Child>;

/**
 * A block another area adds to the portfolio dashboard (amounts by line of action and party,
 * indicators…). It must filter what it totals with the visibility it is given.
 */
export type DashboardSection = (ctx: {
  c: Context<AppEnv>;
  visibility: Visibility;
}) => Promise<Child>;

/**
 * The other areas' blocks, in page order: given by the area's registrar, so that projects
 * imports none of the areas that build on it.
 */
export type OtherSections = {
  projectSections: readonly ProjectSection[];
  dashboardSections: readonly DashboardSection[];
};
