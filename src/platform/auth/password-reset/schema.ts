import { z } from "zod";
import type { FieldErrors } from "../../errors/app-error.ts";
import { ERRORS } from "../../errors/catalogue.ts";
import { formText } from "../../web/form-action.ts";
import { authText } from "../messages.ts";
import { MIN_PASSWORD_LENGTH } from "../session/secrets.ts";

/** An e-mail address as typed, compared lower-cased as sign-in does. */
export const emailField = () =>
  formText()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.email().max(320));

/** A link's token as pasted: surrounding spaces dropped, never longer than a token can be. */
export const tokenField = () => formText().transform((v) => v.trim().slice(0, 100));

export const emailForm = z.object({ email: emailField() });

/** The password fields always parse; `newPasswordProblems` says what is wrong with them. */
export const newPasswordForm = z.object({
  jeton: tokenField(),
  password: formText(),
  confirm: formText(),
});

/** The longest password hashed: enough for any passphrase, not a way to make the server work. */
export const MAX_PASSWORD_LENGTH = 500;

/**
 * The strength rule of the password change on the account page (at least MIN_PASSWORD_LENGTH
 * characters, typed twice alike), with the same messages, for every form that sets a password.
 */
export function newPasswordProblems(password: string, confirm: string): FieldErrors {
  const problems: FieldErrors = {};
  if (password.length < MIN_PASSWORD_LENGTH)
    problems.password = { fr: ERRORS.weak_password.fr, en: ERRORS.weak_password.en };
  else if (password.length > MAX_PASSWORD_LENGTH)
    problems.password = {
      fr: `Au plus ${MAX_PASSWORD_LENGTH} caractères.`,
      en: `At most ${MAX_PASSWORD_LENGTH} characters.`,
    };
  if (password !== confirm)
    problems.confirm = {
      fr: authText("fr", "passwordsDiffer"),
      en: authText("en", "passwordsDiffer"),
    };
  return problems;
}
