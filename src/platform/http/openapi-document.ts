import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./types.ts";

/** The OpenAPI 3.1 description of every route declared with Router.api(). */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "Jeton personnel (alliage users token) / personal token",
  });
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Alliage API",
      version: "1",
      // One « / » between the languages, as every text of the document (openapi-localise.ts).
      description:
        "API de la coopération Québec–France sur les métaux critiques. Réponses en français par défaut ; " +
        "ajoutez ?lang=en ou Accept-Language: en pour l’anglais. Erreurs : " +
        '{"error":{"id","message","fields"}}. / ' +
        "API of the Québec–France cooperation on critical metals. Answers in French by default; " +
        "add ?lang=en or Accept-Language: en for English. Errors: " +
        '{"error":{"id","message","fields"}}.',
      license: { name: "AGPL-3.0-or-later", url: "https://www.gnu.org/licenses/agpl-3.0.html" },
    },
  });
}
