import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Queryable } from "../db/client.ts";
import { type DataArea, versioned } from "../db/versioned-cache.ts";

/**
 * A part of a page that depends only on one area's data and on what key says (the language, a
 * material, a point of view), never on who is looking: rendered once per data version of the
 * area, then served as it is. Public pages read far more often than their data change.
 */
export async function versionedFragment(
  db: Queryable,
  area: DataArea,
  key: string,
  render: () => Child | Promise<Child>,
): Promise<HtmlEscapedString> {
  const html = await versioned(db, area, `fragment|${key}`, async () =>
    String(await (await render())?.toString()),
  );
  return raw(html);
}
