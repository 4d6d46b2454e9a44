import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { lockRequest } from "./commands.ts";

export const PUBLIC_TITLE_MAX = 200;

type Titled = { subject: string; public_title_fr: string | null; public_title_en: string | null };

/** The title the public sees: the officer's, in the reader's language or else in French. */
export const publicTitle = (r: Titled, lang: Lang): string =>
  (lang === "en" ? r.public_title_en : null) ?? r.public_title_fr ?? r.subject;

const TOO_LONG = {
  fr: `${PUBLIC_TITLE_MAX} caractères au plus.`,
  en: `${PUBLIC_TITLE_MAX} characters at most.`,
};

/** Sets the public title of a request's disclosure, French required, English optional. */
export function setPublicTitle(
  db: Db,
  performer: Performer,
  input: { reference: string; fr: string; en: string },
) {
  const fr = input.fr.trim();
  const en = input.en.trim();
  const fields = {
    ...(fr === "" && {
      publicTitleFr: {
        fr: "Donnez le titre public en français : ce que le registre de diffusion annoncera.",
        en: "Give the public title in French: what the disclosure log will announce.",
      },
    }),
    ...(fr.length > PUBLIC_TITLE_MAX && { publicTitleFr: TOO_LONG }),
    ...(en.length > PUBLIC_TITLE_MAX && { publicTitleEn: TOO_LONG }),
  };
  if (Object.keys(fields).length > 0) throw fail("validation_failed", {}, fields);
  return runCommand(db, performer, "access.request.public_title", async ({ tx, audit }) => {
    const r = await lockRequest(tx, input.reference);
    const [before] = await tx.query<{ fr: string | null; en: string | null }>(
      `SELECT public_title_fr AS fr, public_title_en AS en FROM access_requests WHERE id = $1`,
      [r.id],
    );
    await tx.query(
      `UPDATE access_requests SET public_title_fr = $2, public_title_en = $3, updated_at = now()
        WHERE id = $1`,
      [r.id, fr, en || null],
    );
    await audit({
      subjectType: "AccessRequest",
      subjectId: r.reference,
      changes: {
        publicTitleFr: { from: before?.fr ?? null, to: fr },
        publicTitleEn: { from: before?.en ?? null, to: en || null },
      },
    });
  });
}
