import type { Queryable } from "../platform/db/client.ts";
import { versioned } from "../platform/db/versioned-cache.ts";
import type { Texts } from "../platform/i18n/i18n.ts";
import type { Party } from "../shared/party.ts";

/** How many items of each kind other areas attached to a line (kind = subject_type). */
export type LinkCounts = { total: number; bySubject: Record<string, number> };

export type Institution = {
  code: string;
  party: Party;
  acronym: string;
  name: Texts;
  attachedTo: Texts | null;
};
export type DeclarationParty = { code: Party; name: Texts; institutions: Institution[] };
export type Signatory = {
  id: string;
  name: string;
  title: Texts;
  party: Party;
  institution: Institution;
};
export type ActionLine = { code: string; text: Texts; summary: Texts | null; counts: LinkCounts };
export type Priority = { code: string; title: Texts; lines: ActionLine[] };
export type Declaration = {
  id: string;
  title: Texts;
  place: string;
  signedOn: string;
  copies: number;
  preamble: { fr: string[]; en: string[] };
  commitment: Texts;
  englishIsOfficial: boolean;
  source: { accessRequest: string; decisionDate: string; releasedBy: Institution };
  parties: DeclarationParty[];
  signatories: Signatory[];
  priorities: Priority[];
};

type Row = Record<string, unknown>;
const str = (v: unknown) => String(v);
const texts = (r: Row, field: string): Texts => ({
  fr: str(r[`${field}_fr`]),
  en: str(r[`${field}_en`]),
});
const maybeTexts = (r: Row, field: string): Texts | null =>
  r[`${field}_fr`] == null ? null : texts(r, field);

/**
 * The declaration with everything the page and the API show; undefined before seeding. The home
 * page shows it on every visit and it changes only when its tables do: it is read once per
 * data version of the declaration area.
 */
export function currentDeclaration(db: Queryable): Promise<Declaration | undefined> {
  return versioned(db, "declaration", "declaration", () => loadDeclaration(db));
}

export async function loadDeclaration(db: Queryable): Promise<Declaration | undefined> {
  // There is one declaration; should another be signed, the first stays the home page's.
  const [d] = await db.query("SELECT * FROM declarations ORDER BY signed_on, id LIMIT 1");
  if (!d) return undefined;
  const id = str(d.id);
  const institutions = await loadInstitutions(db);
  const institution = (code: unknown) => {
    const found = institutions.find((i) => i.code === code);
    if (!found) throw new Error(`unknown institution ${String(code)}`);
    return found;
  };
  const parties = await db.query("SELECT * FROM parties ORDER BY position");
  const signatories = await db.query(
    "SELECT * FROM signatories WHERE declaration_id = $1 ORDER BY position",
    [id],
  );
  return {
    id,
    title: texts(d, "title"),
    place: str(d.place),
    signedOn: str(d.signed_on),
    copies: Number(d.copies),
    preamble: { fr: d.preamble_fr as string[], en: d.preamble_en as string[] },
    commitment: texts(d, "commitment"),
    englishIsOfficial: d.en_official === true,
    source: {
      accessRequest: str(d.source_access_request),
      decisionDate: str(d.source_decision_on),
      releasedBy: institution(d.source_released_by),
    },
    parties: parties.map((p) => ({
      code: p.code as Party,
      name: texts(p, "name"),
      institutions: institutions.filter((i) => i.party === p.code),
    })),
    signatories: signatories.map((s) => ({
      id: str(s.id),
      name: str(s.name),
      title: texts(s, "title"),
      party: s.party_code as Party,
      institution: institution(s.institution_code),
    })),
    priorities: await loadPriorities(db, id),
  };
}

async function loadInstitutions(db: Queryable): Promise<Institution[]> {
  const rows = await db.query("SELECT * FROM institutions ORDER BY code");
  return rows.map((r) => ({
    code: str(r.code),
    party: r.party_code as Party,
    acronym: str(r.acronym),
    name: texts(r, "name"),
    attachedTo: maybeTexts(r, "attached_to"),
  }));
}

async function loadPriorities(db: Queryable, declarationId: string): Promise<Priority[]> {
  const priorities = await db.query(
    "SELECT * FROM priorities WHERE declaration_id = $1 ORDER BY position",
    [declarationId],
  );
  const lines = await db.query(
    `SELECT l.* FROM action_lines l JOIN priorities p ON p.code = l.priority_code
     WHERE p.declaration_id = $1 ORDER BY p.position, l.position`,
    [declarationId],
  );
  const counts = await countLinks(db);
  return priorities.map((p) => ({
    code: str(p.code),
    title: texts(p, "title"),
    lines: lines
      .filter((l) => l.priority_code === p.code)
      .map((l) => ({
        code: str(l.code),
        text: texts(l, "text"),
        summary: maybeTexts(l, "summary"),
        counts: counts.get(str(l.code)) ?? { total: 0, bySubject: {} },
      })),
  }));
}

/** The codes of the lines an item is attached to, in the declaration's order. */
export async function actionLinesOf(
  db: Queryable,
  subject: { subjectType: string; subjectId: string },
): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `SELECT k.action_line_code AS code FROM action_line_links k
     JOIN action_lines l ON l.code = k.action_line_code
     JOIN priorities p ON p.code = l.priority_code
     WHERE k.subject_type = $1 AND k.subject_id = $2 ORDER BY p.position, l.position`,
    [subject.subjectType, subject.subjectId],
  );
  return rows.map((r) => r.code);
}

export async function countLinks(db: Queryable): Promise<Map<string, LinkCounts>> {
  const rows = await db.query<{ code: string; subject_type: string; n: number }>(
    // A call being prepared is not public yet: it counts once published.
    `SELECT k.action_line_code AS code, k.subject_type, count(*)::int AS n
     FROM action_line_links k
     LEFT JOIN calls c ON k.subject_type = 'Call' AND c.id::text = k.subject_id
     WHERE k.subject_type <> 'Call' OR c.status = 'published'
     GROUP BY k.action_line_code, k.subject_type
     ORDER BY k.action_line_code, k.subject_type`,
  );
  const byLine = new Map<string, [string, number][]>();
  for (const r of rows) byLine.set(r.code, [...(byLine.get(r.code) ?? []), [r.subject_type, r.n]]);
  // fromEntries defines own properties, so a subject_type such as "__proto__" stays a plain key.
  return new Map(
    [...byLine].map(([code, kinds]) => [
      code,
      { total: kinds.reduce((sum, [, n]) => sum + n, 0), bySubject: Object.fromEntries(kinds) },
    ]),
  );
}
