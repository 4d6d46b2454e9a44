import { formatDate } from "../../platform/i18n/format.ts";
import { messages } from "../../platform/i18n/i18n.ts";
import type { TemplateContext } from "./template.ts";
import type { LetterData, Outcome } from "./types.ts";

const outcomeText = messages<Outcome>({
  accessible: { fr: "Accessible", en: "Accessible" },
  partial: { fr: "Accessible en partie", en: "Partly accessible" },
  refused: { fr: "Refusé", en: "Refused" },
  not_held: { fr: "Non détenu", en: "Not held" },
});

const DEFAULT_PLACE = { qc: "Québec", fr: "Paris" } as const;

/** The values a letter's template is filled with, formatted for the letter's language. */
export function letterContext(data: LetterData): TemplateContext {
  const { lang } = data;
  const isoDates: Record<string, string | undefined> = {
    sentOn: data.sentOn,
    receivedOn: data.receivedOn,
    due: data.deadlines.due,
    extendedDue: data.deadlines.extendedDue,
    reviewUntil: data.deadlines.reviewUntil,
  };
  const dates: Record<string, string> = {};
  for (const [name, iso] of Object.entries(isoDates)) if (iso) dates[name] = formatDate(lang, iso);
  const values: Record<string, string> = {
    reference: data.reference,
    subject: data.subject,
    place: data.place ?? DEFAULT_PLACE[data.jurisdiction],
    ...Object.fromEntries(Object.entries(isoDates).map(([k, v]) => [k, v ?? ""])),
    "requester.name": data.requester.name,
    "requester.address": data.requester.addressLines.join("\n"),
    "requester.email": data.requester.email ?? "",
    "officer.name": data.officer.name,
    "officer.title": data.officer.title,
    "officer.unit": data.officer.unit,
    "officer.organisation": data.officer.organisation,
    "officer.address": data.officer.addressLines.join("\n"),
    "officer.phone": data.officer.phone ?? "",
    "officer.email": data.officer.email ?? "",
    attachmentsCount: String(data.attachments.length),
  };
  return {
    values,
    dates,
    lists: {
      documents: data.documents.map((d) => ({
        title: d.title,
        outcome: outcomeText(lang, d.outcome),
        // An empty cell reads as a gap in the letter; a dash says « none ».
        articles: d.articles.length > 0 ? d.articles.join(", ") : "—",
      })),
      articlesQuoted: data.articlesQuoted.map((a) => ({ article: a.article, text: a.text })),
      attachments: data.attachments.map((name) => ({ name })),
    },
    flags: {
      qc: data.jurisdiction === "qc",
      fr: data.jurisdiction === "fr",
      anyRefusal: data.documents.some((d) => d.outcome === "partial" || d.outcome === "refused"),
    },
  };
}
