import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { raw } from "hono/html";
import { versioned } from "../../platform/db/versioned-cache.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { factsheetText as t } from "./messages.ts";
import { FactsheetPage } from "./pages.tsx";
import { loadFactsheet } from "./queries.ts";
import { factsheetParams, factsheetSchema } from "./schema.ts";
import { loadFactsheetUncertainty } from "./uncertainty-section.tsx";

const READ = access("read", "Criticality");

/** The factsheet of one material: a page (FR/EN) and the same content as JSON. */
export function registerFactsheet(router: Router): void {
  router.page("GET", "/criticite/matieres/:id", READ, showFactsheet);

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/materials/{id}",
      tags: ["Criticité / Criticality"],
      summary: "Fiche d’une matière / Material factsheet",
      description:
        "Producteurs par étape (dernière année) et IHH, évolution de l’IHH, gouvernance (WGI) des principaux producteurs, valeurs de l’évaluation de l’UE 2023, recyclage, listes officielles et sources. / Producers by stage (latest year) and HHI, HHI over time, governance (WGI) of the main producers, EU 2023 assessment values, recycling, official lists and sources.",
      request: { params: factsheetParams },
      responses: {
        200: {
          description: "La fiche / The factsheet",
          content: { "application/json": { schema: factsheetSchema } },
        },
        404: { description: "Matière inconnue / Unknown material" },
      },
    }),
    READ,
    async (c) => {
      const f = await loadFactsheet(c.var.deps.db, c.req.valid("param").id);
      if (!f) throw fail("not_found");
      return c.json(f, 200);
    },
  );
}

async function showFactsheet(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const id = c.req.param("id") ?? "";
  // A factsheet (with its Monte Carlo) is the same for every reader until the reference data
  // change: computed and drawn once per data version, language and material.
  const page = await versioned(db, "criticality", `factsheet-page|${lang}|${id}`, async () => {
    const f = await loadFactsheet(db, id);
    if (!f) return null;
    const uncertainty = await loadFactsheetUncertainty(db, f.id);
    const html = await (<FactsheetPage lang={lang} f={f} uncertainty={uncertainty} />).toString();
    return { title: t(lang, "title", { name: f.name[lang] }), html: String(html) };
  });
  if (!page) throw fail("not_found");
  return renderPage(c, page.title, raw(page.html));
}
