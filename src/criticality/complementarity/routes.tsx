/**
 * Complementarity: the page, GET /api/v1/criticality/complementarity and its CSV/XLSX export.
 * The table is the same for every reader until the criticality data change: computed once per
 * data version (the scenario engine runs once per material–stage pair and view).
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Db } from "../../platform/db/client.ts";
import { versioned } from "../../platform/db/versioned-cache.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { versionedFragment } from "../../platform/web/versioned-fragment.ts";
import { fileResponses, formatOf, send } from "../exports/routes.ts";
import { exportQuery } from "../exports/schema.ts";
import { complementarityText as t } from "./messages.ts";
import { ComplementarityPage, complementarityTable } from "./pages.tsx";
import { type Complementarity, loadComplementarity } from "./queries.ts";

const READ = access("read", "Criticality");
const TAGS = ["Criticité / Criticality"];

const bilingual = z.object({ fr: z.string(), en: z.string() });
const complementaritySchema = z
  .object({
    euVintage: z.string(),
    rows: z.array(
      z.object({
        material: z.string(),
        name: bilingual,
        stage: z.enum(["extraction", "processing", "manufacturing", "recycling"]),
        canadaQuantity: z.number(),
        unit: z.string(),
        year: z.number().int(),
        source: z.string(),
        canadaShare: z.number().openapi({ description: "Fraction 0–1 of world supply" }),
        euImportReliance: z.number().openapi({ description: "EU published IR, fraction 0–1" }),
        opportunity: z.number().openapi({ description: "canadaShare × euImportReliance" }),
        srFranceEu: z.number().nullable(),
        deltaFranceEu: z.number().nullable().openapi({
          description: "null: the stage's SR is the EU's published one (franceEuReason)",
        }),
        franceEuReason: z.string().nullable(),
      }),
    ),
  })
  .openapi("CriticalityComplementarity");

const cached = (db: Db) =>
  versioned<Complementarity>(db, "criticality", "complementarity", () => loadComplementarity(db));

export function registerComplementarity(router: Router): void {
  router.page("GET", "/criticite/complementarite", READ, showPage);

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/complementarity",
      tags: TAGS,
      summary: "Complémentarité Canada → UE, classée / Canada → EU complementarity, ranked",
      description:
        "Matières et étapes où le Canada produit (USGS) ce dont l’UE dépend (dépendance publiée), part du Canada dans l’offre mondiale et écart de RA France–UE si l’UE achetait la production canadienne au lieu d’autres importations (moteur de scénarios). / Materials and stages where Canada produces (USGS) what the EU depends on (published reliance), Canada's share of world supply and the France–EU SR change if the EU bought Canada's output instead of other imports (scenario engine).",
      responses: {
        200: {
          description: "Le classement / The ranking",
          content: { "application/json": { schema: complementaritySchema } },
        },
      },
    }),
    READ,
    async (c) => c.json(await cached(c.var.deps.db), 200),
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/complementarity/export",
      tags: TAGS,
      summary: "Export de la complémentarité (CSV, XLSX) / Complementarity export (CSV, XLSX)",
      request: { query: exportQuery },
      responses: fileResponses,
    }),
    READ,
    async (c) => {
      const format = formatOf(c.req.valid("query").format);
      return send(c, format, complementarityTable(c.var.lang, await cached(c.var.deps.db)));
    },
  );
}

async function showPage(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  // The chart costs more than the table: the page's body is drawn once per version and language.
  const body = await complementarityFragment(db, lang);
  return renderPage(c, t(lang, "title"), body);
}

/** The page's body as served (also what the bench times). */
export const complementarityFragment = (db: Db, lang: Lang) =>
  versionedFragment(db, "criticality", `complementarity|${lang}`, async () => (
    <ComplementarityPage lang={lang} c={await cached(db)} />
  ));
