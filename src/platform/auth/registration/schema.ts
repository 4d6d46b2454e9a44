import { z } from "zod";
import type { FieldErrors } from "../../errors/app-error.ts";
import { fieldErrorsFrom } from "../../errors/zod-issues.ts";
import { formText } from "../../web/form-action.ts";
import { emailField, newPasswordProblems, tokenField } from "../password-reset/schema.ts";

/** What the consent box sends when ticked. */
export const CONSENT_VALUE = "oui";

const identity = z.object({
  name: formText()
    .transform((v) => v.trim())
    .pipe(z.string().min(1).max(200)),
  email: emailField(),
});

const secrets = z.object({ password: formText(), confirm: formText(), consent: formText() });

export type SignUp = { name: string; email: string; password: string };

/**
 * The sign-up form, every field checked at once: the name and address by schema, the password
 * by the account page's rule, and the consent to keep personal information.
 */
export function checkSignUp(
  body: Record<string, unknown>,
): { ok: true; data: SignUp } | { ok: false; errors: FieldErrors } {
  const who = identity.safeParse(body);
  const { password, confirm, consent } = secrets.parse(body);
  const errors: FieldErrors = {
    ...(who.success ? {} : fieldErrorsFrom(who.error.issues)),
    ...newPasswordProblems(password, confirm),
    ...(consent === CONSENT_VALUE
      ? {}
      : {
          consent: {
            fr: "Cochez cette case pour créer le compte.",
            en: "Tick this box to create the account.",
          },
        }),
  };
  if (!who.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, data: { ...who.data, password } };
}

export const confirmForm = z.object({ jeton: tokenField() });
