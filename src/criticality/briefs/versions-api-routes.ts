/** A brief's versions in the API, and what changed between two of them, as on the versions page. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Router } from "../../platform/http/router.ts";
import { REVIEW } from "./access-rules.ts";
import {
  diffQuery,
  diffSchema,
  idParam,
  json,
  PATH,
  presentDiff,
  presentVersion,
  TAGS,
  versionSchema,
} from "./api-schema.ts";
import { listVersions } from "./queries.ts";
import { contentDiff, pickVersions } from "./version-diff.ts";
import { visibleBrief } from "./visible.ts";

export function registerBriefVersionsApi(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: `${PATH}/{id}/versions`,
      tags: TAGS,
      summary: "Versions d’une note / A brief's versions",
      description:
        "Chaque enregistrement du brouillon, du premier au dernier ; membres des deux parties et admins. / Each save of the draft, first to last; members of both parties and admins.",
      request: { params: idParam },
      responses: {
        200: json(z.object({ items: z.array(versionSchema) }), "Les versions / The versions"),
        404: { description: "Note inconnue / Unknown brief" },
      },
    }),
    REVIEW,
    async (c) => {
      const b = await visibleBrief(c, c.req.valid("param").id);
      const versions = await listVersions(c.var.deps.db, b.id);
      return c.json({ items: versions.map(presentVersion) }, 200);
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: `${PATH}/{id}/versions/diff`,
      tags: TAGS,
      summary: "Différences entre deux versions / Differences between two versions",
      description:
        "Champ par champ, les textes mot à mot ; les figures par leur titre dans la langue de la réponse. / Field by field, texts word by word; figures by their title in the answer's language.",
      request: { params: idParam, query: diffQuery },
      responses: {
        200: json(diffSchema, "Les différences / The differences"),
        404: { description: "Note inconnue / Unknown brief" },
        422: { description: "Version inconnue / Unknown version" },
      },
    }),
    REVIEW,
    async (c) => {
      const b = await visibleBrief(c, c.req.valid("param").id);
      const versions = await listVersions(c.var.deps.db, b.id);
      const { from, to } = pickVersions(c.req.valid("query"), versions.length);
      const before = versions[from - 1]?.content;
      const after = versions[to - 1]?.content;
      return c.json(
        presentDiff(from, to, before && after ? contentDiff(before, after, c.var.lang) : []),
        200,
      );
    },
  );
}
