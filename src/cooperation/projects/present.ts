import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Party } from "../../shared/party.ts";
import type { OrganisationParty, PartnerRole, ProjectKind, ProjectStatus } from "./labels.ts";
import type {
  filterChoices,
  formChoices,
  MilestoneRow,
  PriorityCounts,
  ProjectDetails,
  ProjectRef,
  ProjectRow,
} from "./queries.ts";

/** A project as the list, the project page and the delete confirmation show it. */
export type ProjectView = {
  code: string;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  kind: ProjectKind;
  ownerParty: Party;
  status: ProjectStatus;
  confidentialTo: Party | null;
  /** Decimal degrees as stored; the page formats them. */
  latitude: string | null;
  longitude: string | null;
  region: string | null;
  /** ISO dates; the page formats them. */
  startOn: string | null;
  endOn: string | null;
};

export const presentProject = (r: ProjectRow): ProjectView => ({
  code: r.code,
  titleFr: r.title_fr,
  titleEn: r.title_en,
  summaryFr: r.summary_fr,
  summaryEn: r.summary_en,
  kind: r.kind,
  ownerParty: r.owner_party,
  status: r.status,
  confidentialTo: r.confidential_to,
  latitude: r.latitude,
  longitude: r.longitude,
  region: r.region,
  startOn: r.start_on,
  endOn: r.end_on,
});

/** A project named in another area's page (its code and title). */
export type ProjectRefView = { code: string; titleFr: string; titleEn: string };

export const presentProjectRef = (r: ProjectRef): ProjectRefView => ({
  code: r.code,
  titleFr: r.title_fr,
  titleEn: r.title_en,
});

// As pick() on a row: a text missing in English falls back to the French one.
export const inLang = (lang: Lang, fr: string | null, en: string | null): string =>
  String((lang === "en" ? en : fr) ?? fr ?? "");

export const projectTitle = (p: ProjectView, lang: Lang): string =>
  inLang(lang, p.titleFr, p.titleEn);

export const projectSummary = (p: ProjectView, lang: Lang): string =>
  inLang(lang, p.summaryFr, p.summaryEn);

type Bilingual<K extends string> = Record<`${K}Fr` | `${K}En`, string>;

/** What the project page shows besides the project itself. Dates are ISO; the page formats them. */
export type ProjectDetailsView = {
  fromCall: string | null;
  lines: ({ code: string } & Bilingual<"text">)[];
  stages: Bilingual<"label">[];
  materials: Bilingual<"name">[];
  country: Bilingual<"name"> | null;
  partners: {
    organisationId: string;
    name: string;
    acronym: string | null;
    party: OrganisationParty;
    role: PartnerRole;
  }[];
  history: {
    fromStatus: ProjectStatus | null;
    toStatus: ProjectStatus;
    onDate: string;
    note: string | null;
    byName: string | null;
  }[];
  milestones: ({ id: string; dueOn: string; doneOn: string | null } & Bilingual<"title">)[];
  documents: { id: string; title: string; fileName: string; sha256: string; size: number }[];
};

export const presentProjectDetails = (d: ProjectDetails): ProjectDetailsView => ({
  fromCall: d.from_call,
  lines: d.lines.map((l) => ({ code: l.code, textFr: l.text_fr, textEn: l.text_en })),
  stages: d.stages.map((s) => ({ labelFr: s.label_fr, labelEn: s.label_en })),
  materials: d.materials.map((m) => ({ nameFr: m.name_fr, nameEn: m.name_en })),
  country: d.country && { nameFr: d.country.name_fr, nameEn: d.country.name_en },
  partners: d.partners.map((o) => ({
    organisationId: o.organisation_id,
    name: o.name,
    acronym: o.acronym,
    party: o.party,
    role: o.role,
  })),
  history: d.history.map((h) => ({
    fromStatus: h.from_status,
    toStatus: h.to_status,
    onDate: h.on_date,
    note: h.note,
    byName: h.by_name,
  })),
  milestones: d.milestones.map(presentMilestone),
  documents: d.documents.map((doc) => ({
    id: doc.id,
    title: doc.title,
    fileName: doc.file_name,
    sha256: doc.sha256,
    size: doc.size,
  })),
});

/** A priority of the portfolio dashboard: how many visible projects serve each of its lines. */
export type PriorityCountsView = {
  code: string;
  titleFr: string;
  titleEn: string;
  lines: {
    code: string;
    textFr: string;
    textEn: string;
    summaryFr: string | null;
    summaryEn: string | null;
    total: number;
    byStatus: Partial<Record<ProjectStatus, number>>;
    byKind: Partial<Record<ProjectKind, number>>;
  }[];
};

export const presentPriorityCounts = (p: PriorityCounts): PriorityCountsView => ({
  code: p.code,
  titleFr: p.title_fr,
  titleEn: p.title_en,
  lines: p.lines.map((l) => ({
    code: l.code,
    textFr: l.text_fr,
    textEn: l.text_en,
    summaryFr: l.summary_fr,
    summaryEn: l.summary_en,
    total: l.total,
    byStatus: l.byStatus,
    byKind: l.byKind,
  })),
});

/** What the project form offers to tick: the lines of action by priority, and the stages. */
export type FormChoicesView = {
  priorities: ({ code: string } & Bilingual<"title"> & {
      lines: ({ code: string } & Bilingual<"text">)[];
    })[];
  stages: ({ id: string } & Bilingual<"label">)[];
};

export function presentFormChoices(c: Awaited<ReturnType<typeof formChoices>>): FormChoicesView {
  const priorities: FormChoicesView["priorities"] = [];
  for (const l of c.lines) {
    let p = priorities.find((x) => x.code === l.priority_code);
    if (!p) {
      p = { code: l.priority_code, titleFr: l.priority_fr, titleEn: l.priority_en, lines: [] };
      priorities.push(p);
    }
    p.lines.push({ code: l.code, textFr: l.text_fr, textEn: l.text_en });
  }
  return {
    priorities,
    stages: c.stages.map((s) => ({ id: s.id, labelFr: s.label_fr, labelEn: s.label_en })),
  };
}

/** The materials the list's filter offers. */
export type MaterialChoiceView = { id: string } & Bilingual<"name">;

export const presentMaterialChoices = (
  c: Awaited<ReturnType<typeof filterChoices>>,
): MaterialChoiceView[] =>
  c.materials.map((m) => ({ id: m.id, nameFr: m.name_fr, nameEn: m.name_en }));

/** A milestone as the project page and the API show it. */
export const presentMilestone = (m: MilestoneRow) => ({
  id: m.id,
  titleFr: m.title_fr,
  titleEn: m.title_en,
  dueOn: m.due_on,
  doneOn: m.done_on,
});
