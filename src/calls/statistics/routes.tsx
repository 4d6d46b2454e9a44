import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { TAGS } from "../calls/api-schema.ts";
import { visibleCall } from "../calls/call-access.ts";
import { rankingOf } from "../review/ranking.ts";
import { statisticsText as t } from "./messages.ts";
import { DashboardPage, STATISTICS_PATH, StatisticsPage } from "./pages.tsx";
import { presentDashboard, presentStatistics, statisticsApi } from "./present.ts";
import { callStatistics, dashboardApplications } from "./queries.ts";
import { statisticsSchema } from "./schema.ts";

const READ = access("read", "CallStatistics");

/**
 * The officials' figures: a call's dashboard and the statistics across calls. Registered before
 * the calls feature, whose `/appels/:call` would otherwise take `/appels/statistiques`.
 */
export function registerStatistics(router: Router): void {
  router.page("GET", STATISTICS_PATH, READ, showStatistics);
  router.page("GET", "/appels/:call/tableau-de-bord", READ, showDashboard);
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/calls/statistics",
      tags: TAGS,
      summary: "Statistiques des appels / Call statistics",
      description:
        "Pour les responsables : par appel clos, candidatures déposées, financées, taux de succès, délai de décision et montants engagés ; total sur les appels décidés. / For officials: per closed call, applications submitted, funded, success rate, time to decision and amounts committed; total over decided calls.",
      responses: {
        200: {
          description: "Les statistiques / The statistics",
          content: { "application/json": { schema: statisticsSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const rows = await callStatistics(c.var.deps.db, new Date());
      return c.json(statisticsApi(presentStatistics(rows)), 200);
    },
  );
}

async function showStatistics(c: Context<AppEnv>) {
  const rows = await callStatistics(c.var.deps.db, new Date());
  const lang = c.var.lang;
  return renderPage(
    c,
    t(lang, "statistics"),
    <StatisticsPage lang={lang} view={presentStatistics(rows)} />,
  );
}

async function showDashboard(c: Context<AppEnv>) {
  const db = c.var.deps.db;
  const call = await visibleCall(c);
  const [rows, ranking] = await Promise.all([
    dashboardApplications(db, call.id),
    rankingOf(db, call.id),
  ]);
  const lang = c.var.lang;
  return renderPage(
    c,
    t(lang, "dashboardOf", { code: call.code }),
    <DashboardPage lang={lang} view={presentDashboard(call, rows, ranking)} />,
  );
}
