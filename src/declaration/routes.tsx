import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { fail } from "../platform/errors/app-error.ts";
import { access } from "../platform/http/access.ts";
import type { Router } from "../platform/http/router.ts";
import type { AppEnv } from "../platform/http/types.ts";
import { Alert } from "../platform/web/alert.tsx";
import { renderPage } from "../platform/web/render.tsx";
import { versionedFragment } from "../platform/web/versioned-fragment.ts";
import { declarationText as t } from "./messages.ts";
import { DeclarationPage } from "./pages.tsx";
import { presentDeclaration } from "./present.ts";
import { currentDeclaration } from "./queries.ts";
import { declarationSchema } from "./schema.ts";

const READ = access("read", "Declaration");

export function registerDeclaration(router: Router): void {
  router.page("GET", "/declaration", READ, showDeclaration);

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/declaration",
      tags: ["Déclaration / Declaration"],
      summary: "La déclaration d’intention du 22 novembre 2023 / The Declaration of Intent",
      description:
        "Parties, signataires, préambule, priorités et axes d’action, avec le nombre d’éléments rattachés à chaque axe. Le français est le texte publié ; l’anglais est une traduction non officielle. / Parties, signatories, preamble, priorities and lines of action, with the number of items linked to each line. The French is the released text; the English is an unofficial translation.",
      responses: {
        200: {
          description: "La déclaration / The declaration",
          content: { "application/json": { schema: declarationSchema } },
        },
        404: { description: "Déclaration non chargée / Declaration not loaded" },
      },
    }),
    READ,
    async (c) => {
      const declaration = await currentDeclaration(c.var.deps.db);
      if (!declaration) throw fail("not_found");
      return c.json(presentDeclaration(declaration), 200);
    },
  );
}

async function showDeclaration(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const declaration = await currentDeclaration(c.var.deps.db);
  if (!declaration) {
    const body = (
      <>
        <h1>{t(lang, "pageTitle")}</h1>
        <Alert kind="note" as="p">
          {t(lang, "notSeeded")}
        </Alert>
      </>
    );
    return renderPage(c, t(lang, "pageTitle"), body, 404);
  }
  const body = await versionedFragment(c.var.deps.db, "declaration", `page|${lang}`, () => (
    <DeclarationPage lang={lang} declaration={declaration} />
  ));
  return renderPage(c, t(lang, "pageTitle"), body);
}
