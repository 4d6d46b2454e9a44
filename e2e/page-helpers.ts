import type { Locator, Page, Response } from "playwright-core";
import { PROJECT_STATUSES, type ProjectStatus } from "../src/cooperation/projects/labels.ts";

/**
 * Sets a form control to a value whether it is a <select> (chosen by value or visible label)
 * or a text input: forms move from one to the other as they are reworked.
 */
export async function setControl(control: Locator, value: string): Promise<void> {
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag === "select") {
    await control.selectOption(value);
  } else {
    await control.fill(value);
  }
}

/** Clicks what submits a form and waits for the page it leads to, whatever its status. */
export async function submit(page: Page, button: Locator): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === "POST" && r.request().isNavigationRequest(),
    ),
    button.click(),
  ]);
  await page.waitForLoadState("domcontentloaded");
  return response;
}

/** Clicks and waits until the browser has landed on a URL the predicate accepts. */
export async function clickTo(page: Page, target: Locator, where: (url: URL) => boolean) {
  await Promise.all([page.waitForURL(where), target.click()]);
}

export type LineCounts = { total: number; byStatus: Record<ProjectStatus, number> };

/**
 * A line of action's row on the portfolio dashboard (/cooperation): its total, then one
 * column per status in PROJECT_STATUSES order.
 */
export async function lineCounts(page: Page, line: string): Promise<LineCounts> {
  const row = page.locator("tr", {
    has: page.locator("th .line-code", { hasText: new RegExp(`^${literal(line)}$`) }),
  });
  const cells = (await row.locator("td.num").allTextContents()).map((t) => Number(t.trim()));
  if (cells.length !== PROJECT_STATUSES.length + 1 || cells.some(Number.isNaN)) {
    throw new Error(`unexpected dashboard row for line ${line}: ${cells.join(" | ")}`);
  }
  const [total = 0, ...statuses] = cells;
  return {
    total,
    byStatus: Object.fromEntries(PROJECT_STATUSES.map((s, i) => [s, statuses[i] ?? 0])) as Record<
      ProjectStatus,
      number
    >,
  };
}

/** A day in Québec's calendar (the app's "today"), shifted by whole days: YYYY-MM-DD. */
export function quebecDay(shiftDays = 0): string {
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "America/Toronto" });
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + shiftDays);
  return day.toISOString().slice(0, 10);
}

/** Text to match literally inside a RegExp. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
