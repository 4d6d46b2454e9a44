/**
 * The Atom feed (RFC 4287) of published briefs, one per language: readers and other sites
 * follow the parties' shared conclusions without visiting the list.
 */
import type { Lang } from "../../platform/i18n/i18n.ts";
import { briefText as t } from "./messages.ts";
import { titleIn } from "./model.ts";
import { briefPath, briefsPath } from "./paths.ts";
import type { Brief } from "./queries.ts";

const xml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // XML 1.0 refuses most control characters, which a pasted text may hold.
    .split("")
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join("");

export function briefAtom(lang: Lang, briefs: Brief[], origin: string): string {
  const self = `${origin}${briefsPath(lang, "/flux.atom")}`;
  const updated = (briefs[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = briefs.map((b) => {
    const link = `${origin}${briefPath(lang, b.id)}`;
    const summary = lang === "fr" ? b.content.summaryFr : b.content.summaryEn;
    return `  <entry>
    <id>urn:uuid:${b.id}</id>
    <title>${xml(titleIn(b.content, lang))}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <link rel="enclosure" type="application/pdf" href="${xml(`${link}/pdf`)}"/>
    <updated>${(b.publishedAt ?? b.updatedAt).toISOString()}</updated>
    <author><name>${xml(b.author.name ?? t(lang, "unknownAuthor"))}</name></author>
    <summary>${xml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xml(self)}</id>
  <title>${xml(t(lang, "feedTitle"))}</title>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${origin}${briefsPath(lang)}`)}"/>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}
