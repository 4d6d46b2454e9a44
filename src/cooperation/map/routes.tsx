import type { Context } from "hono";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { visibilityOf } from "../shared/visibility.ts";
import { mapText } from "./messages.ts";
import { MAP_PATH, MapPage } from "./page.tsx";
import { presentMapProject } from "./present.ts";
import { loadMapProjects } from "./queries.ts";

/** The map of projects, with the same projects listed beside it. */
export function registerMap(router: Router): void {
  router.page("GET", MAP_PATH, access("read", "Project"), showMap);
}

async function showMap(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const projects = await loadMapProjects(c.var.deps.db, visibilityOf(c.var.actor));
  // What a member sees depends on their party: never shared through a cache.
  c.header("Cache-Control", "private, no-store");
  return renderPage(
    c,
    mapText(lang, "title"),
    <MapPage lang={lang} projects={projects.map(presentMapProject)} />,
  );
}
