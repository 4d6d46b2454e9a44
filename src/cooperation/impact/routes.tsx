/**
 * Diversification impact: the project API, the portfolio ranking (page and API), and capacity
 * entry. A project hidden from the actor answers 404; writing needs update rights on it.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { resolveMaterial } from "../../criticality/loaders/materials.ts";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { removeCapacity, setCapacity } from "./capacity-commands.ts";
import { projectImpact } from "./compute.ts";
import { impactText as t } from "./messages.ts";
import { codeOfParty, PARTY_CODES, type PartyCode, partyName } from "./present.ts";
import { findVisibleProject } from "./project-lookup.ts";
import { rankProjects } from "./ranking.ts";
import { impactSection } from "./section.tsx";

const READ = access("read", "Project");
const UPDATE = access("update", "Project");
const TAGS = ["Coopération / Cooperation"];

const change = z.object({ before: z.number(), after: z.number(), delta: z.number() });
const viewSchema = z.object({
  party: z.enum(["global", "fr", "qc"]),
  status: z.enum(["ok", "missing_inputs", "not_applicable"]),
  supplyRisk: change.optional(),
  critical: z.object({ before: z.boolean(), after: z.boolean() }).optional(),
  stages: z
    .array(
      z.object({
        stage: z.string(),
        hhi: change.nullable(),
        hhiScope: z.enum(["global_supply", "party_sourcing"]),
        supplyRisk: change,
      }),
    )
    .optional(),
  missing: z.array(z.object({ input: z.string(), stage: z.string().optional() })).optional(),
  code: z.string().optional(),
});
const impactSchema = z
  .object({
    project: z.string().openapi({ example: "P-2025-001" }),
    materials: z.array(
      z.object({
        material: z.string().openapi({ example: "natural-graphite" }),
        capacities: z.array(
          z.object({ stage: z.string(), country: z.string(), tonnesPerYear: z.number() }),
        ),
        views: z.array(viewSchema),
      }),
    ),
  })
  .openapi("ProjectImpact");
const rankingSchema = z
  .object({
    material: z.string(),
    party: z.enum(["global", "fr", "qc"]),
    projects: z.array(
      z.object({
        code: z.string(),
        title: z.object({ fr: z.string(), en: z.string() }),
        supplyRisk: change,
        critical: z.object({ before: z.boolean(), after: z.boolean() }),
      }),
    ),
  })
  .openapi("PortfolioImpact");

function requirePartyCode(raw: string | undefined): PartyCode {
  const code = raw ?? "fr";
  if (!(code in PARTY_CODES)) throw fail("impact_unknown_party", { party: code });
  return code as PartyCode;
}

async function materialId(c: Context<AppEnv>, name: string): Promise<string> {
  const match = await resolveMaterial(c.var.deps.db, name);
  if (!match.found) throw new AppError("criticality_unknown_material", { name, suggestions: "" });
  return match.material.id;
}

async function editable(c: Context<AppEnv>) {
  const p = await findVisibleProject(c.var.deps.db, c.var.actor, c.req.param("code") ?? "");
  c.var.deps.policy.authorize(c.var.actor, "update", "Project", p);
  return p;
}

export function registerImpact(router: Router): void {
  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/projects/{code}/impact",
      tags: TAGS,
      summary:
        "Effet d’un projet sur le risque d’approvisionnement / A project's effect on supply risk",
      description:
        "Pour chaque matière dont le projet ajoute de la capacité : IHH, risque d’approvisionnement et criticité avant et après, par vue (monde, France–UE, Québec–Canada), ou les données manquantes. / Per material the project adds capacity for: HHI, supply risk and criticality before and after, per view, or the missing inputs.",
      request: { params: z.object({ code: z.string().openapi({ example: "P-2025-001" }) }) },
      responses: {
        200: {
          description: "L’effet / The effect",
          content: { "application/json": { schema: impactSchema } },
        },
        404: {
          description: "Projet introuvable ou non visible / Project not found or not visible",
        },
      },
    }),
    READ,
    async (c) => {
      const p = await findVisibleProject(c.var.deps.db, c.var.actor, c.req.valid("param").code);
      const materials = await projectImpact(c.var.deps.db, p.id);
      return c.json(
        {
          project: p.code,
          materials: materials.map((m) => ({
            material: m.material,
            capacities: m.capacities,
            views: m.views.map((v) => ({ ...v, party: codeOfParty(v.party) })),
          })),
        },
        200,
      );
    },
  );

  router.api(
    createRoute({
      method: "get",
      path: "/api/v1/portfolio/impact",
      tags: TAGS,
      summary:
        "Classement des projets par baisse du risque / Projects ranked by supply-risk reduction",
      request: {
        query: z.object({
          material: z.string().openapi({ example: "graphite" }),
          party: z.enum(["global", "fr", "qc"]).default("fr"),
        }),
      },
      responses: {
        200: {
          description: "Le classement / The ranking",
          content: { "application/json": { schema: rankingSchema } },
        },
      },
    }),
    READ,
    async (c) => {
      const q = c.req.valid("query");
      const id = await materialId(c, q.material);
      const projects = await rankProjects(c.var.deps.db, c.var.actor, id, PARTY_CODES[q.party]);
      return c.json({ material: id, party: q.party, projects }, 200);
    },
  );

  router.page("GET", "/cooperation/impact", READ, async (c) => {
    const lang = c.var.lang;
    const party = requirePartyCode(c.req.query("partie"));
    const name = c.req.query("matiere") ?? "graphite";
    const id = await materialId(c, name);
    const ranked = await rankProjects(c.var.deps.db, c.var.actor, id, PARTY_CODES[party]);
    const n = (v: number) => formatNumber(lang, v, 3);
    return renderPage(
      c,
      t(lang, "rankingTitle"),
      <>
        <h1>{t(lang, "rankingTitle")}</h1>
        <form method="get" action={localisedPath(lang, "/cooperation/impact")} class="inline">
          <label for="rk-material">{t(lang, "material")}</label>
          <input id="rk-material" name="matiere" value={name} />
          <label for="rk-party">{t(lang, "party")}</label>
          <select id="rk-party" name="partie">
            {(Object.keys(PARTY_CODES) as PartyCode[]).map((p) => (
              <option value={p} selected={p === party}>
                {partyName(lang, PARTY_CODES[p])}
              </option>
            ))}
          </select>
          <button type="submit">{t(lang, "choose")}</button>
        </form>
        {ranked.length === 0 ? (
          <p>{t(lang, "rankingNone")}</p>
        ) : (
          <table>
            <caption>
              {t(lang, "rankingCaption", {
                material: id,
                party: partyName(lang, PARTY_CODES[party]),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, "project")}</th>
                <th scope="col">{t(lang, "sr")}</th>
                <th scope="col">{t(lang, "delta")}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={localisedPath(lang, `/cooperation/projets/${r.code}`)}>
                      {r.code} — {r.title[lang]}
                    </a>
                  </th>
                  <td class="num">
                    {n(r.supplyRisk.before)} → {n(r.supplyRisk.after)}
                  </td>
                  <td class="num">{n(r.supplyRisk.delta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>,
    );
  });

  router.page("POST", "/cooperation/projets/:code/capacites", UPDATE, async (c) => {
    const p = await editable(c);
    const body = await c.req.parseBody();
    const f = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
    try {
      await setCapacity(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), p, {
        material: f("matiere"),
        stage: f("etape"),
        country: f("pays"),
        tonnesPerYear: f("tonnes"),
      });
    } catch (e) {
      if (!(e instanceof AppError) || e.status !== 422) throw e;
      return renderPage(
        c,
        t(c.var.lang, "sectionTitle"),
        <>
          <h1>{c.var.lang === "fr" ? p.title_fr : p.title_en}</h1>
          <p class="error" role="alert">
            {e.messageIn(c.var.lang)}
          </p>
          {await impactSection({ c, project: p })}
        </>,
        422,
      );
    }
    return c.redirect(
      localisedPath(c.var.lang, `/cooperation/projets/${p.code}#impact-titre`),
      303,
    );
  });

  router.page("POST", "/cooperation/projets/:code/capacites/retirer", UPDATE, async (c) => {
    const p = await editable(c);
    const body = await c.req.parseBody();
    await removeCapacity(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), p, {
      material: String(body.matiere ?? ""),
      stage: String(body.etape ?? ""),
      country: String(body.pays ?? ""),
    });
    return c.redirect(
      localisedPath(c.var.lang, `/cooperation/projets/${p.code}#impact-titre`),
      303,
    );
  });
}
