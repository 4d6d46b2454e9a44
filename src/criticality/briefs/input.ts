/**
 * A brief's content from what a form or the API sent: texts trimmed and bounded, materials and
 * projects resolved against the reference list and the shared portfolio. Each refusal names
 * the value; nothing is written before all of it passes.
 */
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { resolveMaterial } from "../loaders/materials.ts";
import type { FrozenFigure } from "./figure-types.ts";
import {
  type BriefContent,
  FIELD_LABELS,
  MAX_LENGTH,
  TEXT_FIELDS,
  type TextField,
} from "./model.ts";
import { sharedProjectCodes } from "./queries.ts";

export type BriefInput = Partial<Record<TextField, string>> & {
  /** Ids or names, as a list or one comma-separated text. */
  materials?: string[] | string;
  /** Project codes, as a list or one comma-separated text. */
  projects?: string[] | string;
};

const list = (value: string[] | string | undefined): string[] => {
  const items = (Array.isArray(value) ? value : (value ?? "").split(/[,;\n]/))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  return [...new Set(items)];
};

export async function contentFrom(
  db: Db,
  input: BriefInput,
  figures: FrozenFigure[],
): Promise<BriefContent> {
  const texts = {} as Record<TextField, string>;
  for (const field of TEXT_FIELDS) {
    const value = (input[field] ?? "").replace(/\r\n/g, "\n").trim();
    if (value.length > MAX_LENGTH[field])
      throw fail("brief_field_too_long", {
        field: FIELD_LABELS[field],
        max: MAX_LENGTH[field],
        length: value.length,
      });
    texts[field] = value;
  }
  if (texts.titleFr === "" && texts.titleEn === "") throw fail("brief_title_required");
  const materials: string[] = [];
  for (const name of list(input.materials).slice(0, 50)) {
    const match = await resolveMaterial(db, name.slice(0, 200));
    if (!match.found)
      throw fail("brief_unknown_material", {
        value: name.slice(0, 200),
        suggestions:
          match.suggestions.length === 0
            ? ""
            : ` (${match.suggestions.map((m) => m.id).join(", ")})`,
      });
    if (!materials.includes(match.material.id)) materials.push(match.material.id);
  }
  const projects = list(input.projects)
    .slice(0, 50)
    .map((p) => p.toUpperCase());
  if (projects.length > 0) {
    const known = await sharedProjectCodes(db, projects);
    const unknown = projects.find((p) => !known.has(p));
    if (unknown !== undefined)
      throw fail("brief_unknown_project", { value: unknown.slice(0, 200) });
  }
  return { ...texts, materials, projects, figures };
}
