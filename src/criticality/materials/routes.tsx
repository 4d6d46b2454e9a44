import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { versioned } from "../../platform/db/versioned-cache.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { versionedFragment } from "../../platform/web/versioned-fragment.ts";
import type { ViewCode } from "../../shared/party.ts";
import { assessParty, VIEW_CODE_LIST } from "../web-kit/assessment.ts";
import { criticalityText as t } from "../web-kit/messages.ts";
import { loadEuResults, loadMaterials, loadOfficialLists } from "../web-kit/queries.ts";
import { assessmentsQuery } from "../web-kit/schema.ts";
import { ListsPage, MatrixPage, SORTS, type Sort } from "./pages.tsx";
import { presentAssessments, presentLists, presentMaterials } from "./present.ts";
import { loadGroupIndex } from "./queries.ts";
import { assessmentsSchema, listsSchema, materialsSchema } from "./schema.ts";

const READ = access("read", "Criticality");
const TAGS = ["Criticité / Criticality"];

export function registerMaterialPages(router: Router): void {
  router.page("GET", "/criticite", READ, showMatrix);
  router.page("GET", "/criticite/listes", READ, showLists);
}

export function registerMaterialApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/materials",
      tags: TAGS,
      summary: "Matières et listes officielles où elles figurent / Materials and their lists",
      responses: {
        200: {
          description: "Les matières / The materials",
          content: { "application/json": { schema: materialsSchema } },
        },
      },
    }),
    READ,
    // The same for every caller until the reference data change.
    async (c) => {
      const db = c.var.deps.db;
      const body = await versioned(db, "criticality", "api|materials", async () =>
        presentMaterials(await loadMaterials(db)),
      );
      return c.json(body, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/lists",
      tags: TAGS,
      summary: "Listes officielles de minéraux critiques / Official critical mineral lists",
      description:
        "Québec 2020, UE 2024 (annexe II du règlement 2024/1252), États-Unis 2022 et 2025, avec leurs membres. / Québec 2020, EU 2024 (Annex II of Regulation 2024/1252), United States 2022 and 2025, with their members.",
      responses: {
        200: {
          description: "Les listes / The lists",
          content: { "application/json": { schema: listsSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const db = c.var.deps.db;
      const body = await versioned(db, "criticality", "api|lists", async () =>
        presentLists(await loadOfficialLists(db)),
      );
      return c.json(body, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/criticality/assessments",
      tags: TAGS,
      summary: "Évaluation de criticité (méthode UE) / Criticality assessment (EU method)",
      description:
        "Méthode de l’UE pour un point de vue, classement selon les seuils RA ≥ 1,0 et IE ≥ 2,8 : chaque étape évaluée par l’UE est calculée à partir de la production USGS ou, sans série, reprend le RA publié par l’UE (stages[].provenance). / The EU method for a view, classified against SR ≥ 1.0 and EI ≥ 2.8: each stage the EU assessed is computed from USGS production or, without a series, takes the EU's published SR (stages[].provenance).",
      request: { query: assessmentsQuery },
      responses: {
        200: {
          description: "Résultats ou données manquantes / Results or missing inputs",
          content: { "application/json": { schema: assessmentsSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const { party } = c.req.valid("query");
      const results = await loadEuResults(c.var.deps.db);
      const assessment = results
        ? await assessParty(c.var.deps.db, results, party)
        : { status: "ok" as const, party, points: [], missing: [] };
      return c.json(presentAssessments(assessment, results?.dataset), 200);
    },
  );
}

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T) =>
  values.includes(value as T) ? (value as T) : fallback;

async function showMatrix(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const party: ViewCode = oneOf(VIEW_CODE_LIST, c.req.query("partie"), "fr");
  const sort: Sort = oneOf(SORTS, c.req.query("tri"), "nom");
  const db = c.var.deps.db;
  // The matrix is the same for every reader until the reference data change: computed and
  // drawn once per data version, language, point of view and order.
  const body = await versionedFragment(
    db,
    "criticality",
    `matrix|${lang}|${party}|${sort}`,
    async () => {
      const results = await loadEuResults(db);
      if (!results) {
        return (
          <>
            <h1>{t(lang, "matrixTitle")}</h1>
            <Alert kind="note" as="p">
              {t(lang, "noData")}
            </Alert>
          </>
        );
      }
      const assessment = await assessParty(db, results, party);
      return (
        <MatrixPage
          lang={lang}
          party={party}
          sort={sort}
          assessment={assessment}
          dataset={results.dataset}
          groups={await loadGroupIndex(db)}
        />
      );
    },
  );
  return renderPage(c, t(lang, "matrixTitle"), body);
}

async function showLists(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const [lists, groups] = await Promise.all([loadOfficialLists(db), loadGroupIndex(db)]);
  return renderPage(
    c,
    t(lang, "listsTitle"),
    <ListsPage lang={lang} lists={lists} groups={groups} />,
  );
}
