/**
 * The demo's briefs, with fixed ids so that the API documentation's examples name briefs that
 * exist in every demo database: a Québec draft to edit, a French brief in review to send back.
 * They have no author account (the demo creates none): the pages show the author as unknown.
 */
import type { Party } from "../../shared/party.ts";
import type { BriefInput } from "./input.ts";

export const DEMO_DRAFT_ID = "b1e7d2a0-5c3f-4e8a-9d61-2f4a7c9e0b13";
export const DEMO_IN_REVIEW_ID = "c4a9e3b2-7d1f-4a6c-8e25-6b0d3f8a1c47";

export const DEMO_BRIEFS: readonly {
  id: string;
  status: "draft" | "in_review";
  party: Party;
  input: BriefInput;
}[] = [
  {
    id: DEMO_DRAFT_ID,
    status: "draft",
    party: "qc",
    input: {
      titleFr: "Le lithium, goulot de la transformation",
      titleEn: "Lithium, a processing bottleneck",
      summaryFr: "Ébauche : où le lithium est raffiné.",
      summaryEn: "Draft: where lithium is refined.",
      materials: ["lithium"],
    },
  },
  {
    id: DEMO_IN_REVIEW_ID,
    status: "in_review",
    party: "fr",
    input: {
      titleFr: "Graphite naturel : la dépendance au raffinage",
      titleEn: "Natural graphite: the refining dependency",
      summaryFr: "Le graphite sphérique des anodes est raffiné presque entièrement en Chine.",
      summaryEn: "The spherical graphite of anodes is refined almost entirely in China.",
      conclusionsFr: "Soutenir les projets de purification en Europe et au Québec.",
      conclusionsEn: "Support purification projects in Europe and Québec.",
      materials: ["natural-graphite"],
    },
  },
];
