/** Co-financing API: financing lines (written in write-api-routes.ts), exchange rates, portfolio summary. */
import { createRoute } from "@hono/zod-openapi";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { visibilityOf } from "../shared/visibility.ts";
import {
  linesQuery,
  linesSchema,
  presentLine,
  presentRate,
  presentSummary,
  ratesSchema,
  summaryQuery,
  summarySchema,
} from "./api-schema.ts";
import { checkedDate, today } from "./input.ts";
import { parseCurrency } from "./money.ts";
import { listLines, listRates } from "./queries.ts";
import { portfolioSummary } from "./summary-cache.ts";
import { registerFinancingWriteApi } from "./write-api-routes.ts";

const READ = access("read", "Financing");
const TAGS = ["Cofinancement / Co-financing"];

export function registerFinancingApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/financing",
      tags: TAGS,
      summary: "Lignes de financement / Financing lines",
      description:
        "Engagements visibles de l’appelant (confidentialité du projet et de la ligne), avec versé et reste à verser dans leur devise. / The caller's visible commitments (project and line confidentiality), with disbursed and remaining in their currency.",
      request: { query: linesQuery },
      responses: {
        200: {
          description: "Une page de lignes / A page of lines",
          content: { "application/json": { schema: linesSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const { page, perPage, project } = c.req.valid("query");
      const v = visibilityOf(c.var.actor);
      const { items, total } = await listLines(c.var.deps.db, v, page, perPage, project);
      return c.json({ items: items.map(presentLine), page, perPage, total }, 200);
    },
  );

  registerFinancingWriteApi(router);

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/exchange-rates",
      tags: TAGS,
      summary: "Taux de change / Exchange rates",
      description:
        "Taux enregistrés par les administrateurs, du plus récent au plus ancien. / Rates recorded by administrators, newest first.",
      responses: {
        200: {
          description: "Les taux / The rates",
          content: { "application/json": { schema: ratesSchema } },
        },
      },
    }),
    access("read", "ExchangeRate"),
    async (c) => c.json({ items: (await listRates(c.var.deps.db)).map(presentRate) }, 200),
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/portfolio/summary",
      tags: TAGS,
      summary: "Totaux du portefeuille / Portfolio totals",
      description:
        "Engagé et versé par projet, axe d’action, partie, type et année, dans une devise à une date. Sommes exactes par devise, converties une fois au dernier taux publié à la date ou avant, arrondi au cent (demi au pair). / Committed and disbursed by project, line of action, party, kind and year, in one currency at one date. Exact per-currency sums converted once at the latest rate on or before the date, rounded to the cent (half to even).",
      request: { query: summaryQuery },
      responses: {
        200: {
          description: "Les totaux / The totals",
          content: { "application/json": { schema: summarySchema } },
        },
        422: { description: "Date invalide ou aucun taux connu / Invalid date or no known rate" },
      },
    }),
    access("read", "Portfolio"),
    async (c) => {
      const q = c.req.valid("query");
      const at = q.at ? checkedDate("at", q.at) : today(c.var.deps.now());
      const summary = await portfolioSummary(c.var.deps.db, visibilityOf(c.var.actor), {
        currency: parseCurrency(q.currency),
        at,
      });
      return c.json(presentSummary(summary), 200);
    },
  );
}
