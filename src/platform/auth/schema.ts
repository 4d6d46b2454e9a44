import { z } from "zod";
import { formText } from "../web/form-action.ts";

/** A one-time code as typed: at most 20 characters are read. */
const code = () => formText().transform((v) => v.trim().slice(0, 20));

export const signInForm = z.object({
  email: formText().transform((v) => v.trim().toLowerCase().slice(0, 320)),
  password: formText(),
  next: z.preprocess((v) => (typeof v === "string" ? v : undefined), z.string().optional()),
});

export const passwordChangeForm = z.object({
  current: formText(),
  password: formText(),
  confirm: formText(),
});

/** `days` stays text: an empty field means the default lifetime, and the page explains a bad one. */
export const apiTokenForm = z.object({
  name: formText(),
  days: formText().transform((v) => v.trim()),
});

export const secondFactorCodeForm = z.object({ code: code() });
