import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Visibility } from "../visibility.ts";

/**
 * A block another area adds to the portfolio dashboard (amounts by line of action and party,
 * indicators…). It must filter what it totals with the visibility it is given.
 */
export type DashboardSection = (ctx: {
  c: Context<AppEnv>;
  visibility: Visibility;
}) => Promise<Child>;

/** In page order, after the counts by line of action; the financing summary plugs in here. */
export const dashboardSections: DashboardSection[] = [];
