import fs from "node:fs";
import { z } from "zod";
import { projectPath } from "../platform/project-root.ts";
import { partySchema } from "../shared/party.ts";

export const DECLARATION_FILE = projectPath("data", "declaration", "declaration.json");

const text = z.string().trim().min(1);
const bilingual = z.object({ fr: text, en: text });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const partyCode = partySchema;

/** The shape of data/declaration/declaration.json, checked before anything is written. */
export const declarationFileSchema = z.object({
  id: text,
  source: z.object({
    accessRequest: text,
    releasedBy: text,
    decisionDate: isoDate,
    file: text,
  }),
  translation: z.object({ en: z.object({ official: z.boolean(), by: text }) }),
  title: bilingual,
  place: text,
  signedOn: isoDate,
  copies: z.number().int().positive(),
  parties: z.array(z.object({ code: partyCode, name: bilingual })).length(2),
  institutions: z.array(
    z.object({
      code: text,
      party: partyCode,
      acronym: text,
      name: bilingual,
      attachedTo: bilingual.nullable(),
    }),
  ),
  signatories: z.array(
    z.object({
      id: text,
      party: partyCode,
      institution: text,
      name: text,
      title: bilingual,
    }),
  ),
  preamble: z
    .object({ fr: z.array(text), en: z.array(text) })
    .refine((p) => p.fr.length === p.en.length, "preamble: as many English as French paragraphs"),
  commitment: bilingual,
  priorities: z.array(
    z.object({
      code: z.string().regex(/^\d+$/),
      title: bilingual,
      lines: z
        .array(
          z.object({
            code: z.string().regex(/^\d+\.\d+$/),
            text: bilingual,
            summary: bilingual.optional(),
          }),
        )
        .min(1),
    }),
  ),
});

export type DeclarationFile = z.infer<typeof declarationFileSchema>;

export function readDeclarationFile(file = DECLARATION_FILE): DeclarationFile {
  return declarationFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}
