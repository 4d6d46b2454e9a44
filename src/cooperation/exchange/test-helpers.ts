import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import type { TestApp } from "../../app/testing/test-app.ts";

export type Session = { csrf: string; cookie: string };

/** The rows of a CSV download, after checking its UTF-8 BOM. */
export async function csvRows(res: Response): Promise<Record<string, string>[]> {
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
}

/** The page's text: tags dropped, entities decoded, French no-break spaces as plain ones. */
export const textOf = async (res: Response) =>
  (await res.text())
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");

/** Sends a file through an import form, as a browser does. */
export function sendFile(
  t: TestApp,
  path: string,
  s: Session,
  file: { name: string; bytes: Uint8Array | string },
  dryRun = false,
) {
  const body = new FormData();
  body.set("_csrf", s.csrf);
  const bytes = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : file.bytes;
  body.set("file", new File([Buffer.from(bytes)], file.name));
  if (dryRun) body.set("dryRun", "on");
  return t.request(path, { method: "POST", body, headers: { cookie: s.cookie } });
}

export const download = async (t: TestApp, path: string, cookie?: string) =>
  new Uint8Array(
    await (await t.request(path, { headers: cookie ? { cookie } : {} })).arrayBuffer(),
  );

export const countRows = async (t: TestApp, table: string) =>
  Number((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n);
