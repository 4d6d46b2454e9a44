/**
 * Compare the parties: the page (FR /criticite/comparer?matiere=…, EN /en/criticite/comparer,
 * which also reads ?material=…) and GET /api/v1/criticality/compare?material=…. A material is
 * named as users write it (id, French or English name, alias); an unknown one is a localised
 * 404 naming the value.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { raw } from "hono/html";
import type { Db } from "../../platform/db/client.ts";
import { versioned } from "../../platform/db/versioned-cache.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { resolveMaterial } from "../loaders/materials.ts";
import { euMaterialOptions } from "../materials/queries.ts";
import { ComparePage, compareText as t } from "./pages.tsx";
import { comparisonSchema, loadComparison } from "./queries.ts";

const READ = access("read", "Criticality");

export function registerCompare(router: Router): void {
  router.page("GET", "/criticite/comparer", READ, showCompare);

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/compare",
      tags: ["Criticité / Criticality"],
      summary: "Comparer les parties pour une matière / Compare the parties for a material",
      description:
        "Les trois points de vue (RA par étape et provenance, étape goulot) — les mêmes valeurs que la fiche —, les principaux producteurs par étape, les parts du Canada et de l’UE-27 et, avec les flux BACI, les fournisseurs de chaque partie et leur recouvrement. / The three views (SR per stage and provenance, bottleneck) — the factsheet's values —, the main producers per stage, Canada's and the EU-27's shares and, with BACI flows, each party's suppliers and their overlap.",
      request: {
        query: z.object({
          material: z.string().min(1).max(200).openapi({
            example: "lithium",
            description: "Identifiant, nom ou alias / id, name or alias",
          }),
        }),
      },
      responses: {
        200: {
          description: "La comparaison / The comparison",
          content: { "application/json": { schema: comparisonSchema } },
        },
        404: { description: "Matière inconnue / Unknown material" },
      },
    }),
    READ,
    async (c) => {
      const db = c.var.deps.db;
      const name = c.req.valid("query").material;
      const comparison = await loadComparison(db, await materialOr404(db, c.var.lang, name));
      if (!comparison)
        throw new AppError("criticality_unknown_material", { name, suggestions: "" });
      return c.json(comparison, 200);
    },
  );
}

async function materialOr404(db: Db, lang: Lang, name: string): Promise<string> {
  const match = await resolveMaterial(db, name);
  if (match.found) return match.material.id;
  const names = match.suggestions.map((m) => (lang === "fr" ? m.nameFr : m.nameEn));
  throw new AppError("criticality_unknown_material", {
    name,
    suggestions: names.length === 0 ? "" : ` (${names.join(", ")})`,
  });
}

async function showCompare(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const asked = c.req.query("matiere") ?? c.req.query("material");
  const id = asked ? await materialOr404(db, lang, asked) : null;
  const page = await comparePage(db, lang, id);
  return renderPage(c, page.title, raw(page.html));
}

/**
 * The page's title and body, the same for every reader until the criticality data change:
 * drawn once per data version, language and material (also what the bench times).
 */
export const comparePage = (db: Db, lang: Lang, id: string | null) =>
  versioned(db, "criticality", `compare-page|${lang}|${id ?? ""}`, async () => {
    const comparison = id ? await loadComparison(db, id) : null;
    const html = await (
      <ComparePage lang={lang} options={await euMaterialOptions(db, lang)} c={comparison} />
    ).toString();
    return {
      title: comparison
        ? t(lang, "titleOf", { name: comparison.material.name[lang] })
        : t(lang, "title"),
      html: String(html),
    };
  });
