import { z } from "@hono/zod-openapi";
import { PARTIES } from "../shared/party.ts";

// Left unnamed in the OpenAPI components: other areas may describe bilingual text their own way.
const bilingual = z.object({ fr: z.string(), en: z.string() }).openapi({
  description: "Texte en français et en anglais / Text in French and English",
  example: { fr: "Sous-ministre", en: "Deputy Minister" },
});

const partyCode = z.enum(PARTIES).openapi({
  description: "Partie : Québec ou République française / Party: Québec or French Republic",
});

const institution = z
  .object({
    code: z.string().openapi({ example: "mrnf" }),
    acronym: z.string().openapi({ example: "MRNF" }),
    name: bilingual,
    attachedTo: bilingual.nullable().openapi({
      description: "Service de rattachement / Parent body",
    }),
  })
  .openapi("DeclarationInstitution");

const party = z
  .object({ code: partyCode, name: bilingual, institutions: z.array(institution) })
  .openapi("DeclarationParty");

const signatory = z
  .object({
    name: z.string().openapi({ example: "Anne Racine" }),
    title: bilingual,
    party: partyCode,
    institution: bilingual.openapi({ description: "Nom de l’institution / Institution name" }),
    institutionCode: z.string().openapi({ example: "mrnf" }),
    attachedTo: bilingual.nullable(),
  })
  .openapi("DeclarationSignatory");

const linkCounts = z
  .object({
    total: z.number().int().nonnegative(),
    bySubject: z.record(z.string(), z.number().int().nonnegative()).openapi({
      description:
        "Éléments rattachés par type (Project, Event…) / Linked items by kind (Project, Event…)",
      example: { Project: 2, Event: 1 },
    }),
  })
  .openapi("ActionLineCounts");

const actionLine = z
  .object({
    code: z.string().openapi({ example: "2.2" }),
    text: bilingual.openapi({
      description:
        "fr : texte intégral de la déclaration ; en : traduction non officielle / fr: full text of the declaration; en: unofficial translation",
    }),
    summary: bilingual.optional().openapi({ description: "Résumé court / Short summary" }),
    counts: linkCounts,
  })
  .openapi("ActionLine");

const priority = z
  .object({
    code: z.string().openapi({ example: "1" }),
    title: bilingual,
    lines: z.array(actionLine),
  })
  .openapi("DeclarationPriority");

export const declarationSchema = z
  .object({
    id: z.string().openapi({ example: "qc-fr-2023" }),
    title: bilingual,
    place: z.string().openapi({ example: "Québec" }),
    signedOn: z.iso.date().openapi({ example: "2023-11-22" }),
    copies: z.number().int().positive().openapi({ example: 2 }),
    parties: z.array(party),
    signatories: z.array(signatory),
    preamble: z.object({ fr: z.array(z.string()), en: z.array(z.string()) }),
    commitment: bilingual.openapi({
      description: "Paragraphe d’engagement / Commitment paragraph",
    }),
    priorities: z.array(priority),
    translation: z.object({
      en: z.object({ official: z.boolean() }).openapi({
        description: "La version anglaise est-elle officielle ? / Is the English version official?",
      }),
    }),
    source: z
      .object({
        accessRequest: z.string().openapi({ example: "202311-76" }),
        decisionDate: z.iso.date().openapi({ example: "2023-12-20" }),
        releasedBy: bilingual,
      })
      .openapi({ description: "Provenance du texte / Where the text comes from" }),
  })
  .openapi("Declaration");

export type DeclarationOutput = z.infer<typeof declarationSchema>;
