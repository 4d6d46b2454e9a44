import type { ProjectDetails, ProjectRow } from "./queries.ts";

/**
 * Form values as strings, for re-displaying what was typed after an error; checkboxes that
 * send several values are joined with commas.
 */
export function formValuesAll(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "_csrf") continue;
    if (typeof value === "string") values[key] = value;
    else if (Array.isArray(value)) {
      values[key] = value.filter((v): v is string => typeof v === "string").join(",");
    }
  }
  return values;
}

/** What the edit form starts from: the stored project. */
export function projectFormValues(p: ProjectRow, d: ProjectDetails): Record<string, string> {
  return {
    titleFr: p.title_fr,
    titleEn: p.title_en,
    summaryFr: p.summary_fr,
    summaryEn: p.summary_en,
    kind: p.kind,
    ownerParty: p.owner_party,
    lines: d.lines.map((l) => l.code).join(","),
    stages: d.stages.map((s) => s.id).join(","),
    materials: d.materials.map((m) => m.id).join(", "),
    latitude: p.latitude === null ? "" : String(Number(p.latitude)),
    longitude: p.longitude === null ? "" : String(Number(p.longitude)),
    region: p.region ?? "",
    country: p.country_id ?? "",
    confidentialTo: p.confidential_to ?? "",
    ...(p.published ? { published: "on" } : {}),
    startOn: p.start_on ?? "",
    endOn: p.end_on ?? "",
  };
}
