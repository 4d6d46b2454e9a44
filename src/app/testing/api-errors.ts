import { expect } from "vitest";
import type { TestApp } from "./test-app.ts";

export type ApiError = { error: { id: string; message: string; fields: Record<string, string> } };

/** French messages carry no-break spaces before « : » and inside guillemets. */
export const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/**
 * Sends the same refused call in French (the API's default) and in English (?lang=en): both
 * 422 with the same error id; returns the id, both messages and the French field messages.
 */
export async function refusedInBothLanguages(
  t: TestApp,
  call: { method: string; path: string; as: { cookie: string; csrf: string }; body?: unknown },
) {
  const { method, path, as, body } = call;
  const fr = await t.api(method, path, { as, body });
  const en = await t.api(method, `${path}${path.includes("?") ? "&" : "?"}lang=en`, { as, body });
  expect([fr.status, en.status]).toEqual([422, 422]);
  const [f, e] = [(await fr.json()) as ApiError, (await en.json()) as ApiError];
  expect(f.error.id).toBe(e.error.id);
  return {
    id: f.error.id,
    fr: spaced(f.error.message),
    en: e.error.message,
    fields: f.error.fields,
  };
}
