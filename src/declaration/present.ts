import type { Declaration, Institution } from "./queries.ts";
import type { DeclarationOutput } from "./schema.ts";

const presentInstitution = (i: Institution) => ({
  code: i.code,
  acronym: i.acronym,
  name: { fr: i.name.fr, en: i.name.en },
  attachedTo: i.attachedTo && { fr: i.attachedTo.fr, en: i.attachedTo.en },
});

/** The API's view of the declaration: both languages of every text, every field listed. */
export function presentDeclaration(d: Declaration): DeclarationOutput {
  return {
    id: d.id,
    title: { fr: d.title.fr, en: d.title.en },
    place: d.place,
    signedOn: d.signedOn,
    copies: d.copies,
    parties: d.parties.map((p) => ({
      code: p.code,
      name: { fr: p.name.fr, en: p.name.en },
      institutions: p.institutions.map(presentInstitution),
    })),
    signatories: d.signatories.map((s) => ({
      name: s.name,
      title: { fr: s.title.fr, en: s.title.en },
      party: s.party,
      institution: { fr: s.institution.name.fr, en: s.institution.name.en },
      institutionCode: s.institution.code,
      attachedTo: presentInstitution(s.institution).attachedTo,
    })),
    preamble: { fr: [...d.preamble.fr], en: [...d.preamble.en] },
    commitment: { fr: d.commitment.fr, en: d.commitment.en },
    priorities: d.priorities.map((p) => ({
      code: p.code,
      title: { fr: p.title.fr, en: p.title.en },
      lines: p.lines.map((l) => ({
        code: l.code,
        text: { fr: l.text.fr, en: l.text.en },
        ...(l.summary ? { summary: { fr: l.summary.fr, en: l.summary.en } } : {}),
        counts: { total: l.counts.total, bySubject: { ...l.counts.bySubject } },
      })),
    })),
    translation: { en: { official: d.englishIsOfficial } },
    source: {
      accessRequest: d.source.accessRequest,
      decisionDate: d.source.decisionDate,
      releasedBy: { fr: d.source.releasedBy.name.fr, en: d.source.releasedBy.name.en },
    },
  };
}
