import type { Context } from "hono";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { portfolioSummary } from "../financing/summary-cache.ts";
import { todayOf } from "../projects/today.ts";
import { visibilityOf } from "../shared/visibility.ts";
import { type ReportFinancing, renderPortfolioReport } from "./pdf.ts";
import { loadNativeTotals, loadReportData } from "./queries.ts";

export const REPORT_PATH = "/cooperation/rapport.pdf";

/** The portfolio report in PDF, for a meeting of the joint committee. */
export function registerReport(router: Router): void {
  router.page("GET", REPORT_PATH, access("read", "Portfolio"), downloadReport);
}

async function downloadReport(c: Context<AppEnv>) {
  const { db, policy, now } = c.var.deps;
  const actor = c.var.actor;
  const v = visibilityOf(actor);
  const today = todayOf(now());
  const data = await loadReportData(db, v);
  const financing: ReportFinancing = policy.can(actor, "read", "Financing")
    ? { visible: true, native: await loadNativeTotals(db, v), converted: await converted(c, today) }
    : { visible: false };
  const pdf = await renderPortfolioReport({
    lang: c.var.lang,
    generatedOn: today,
    data,
    financing,
  });
  c.header("Content-Type", "application/pdf");
  c.header("Cache-Control", "private, no-store");
  c.header("Content-Disposition", 'inline; filename="rapport-portefeuille.pdf"');
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200);
}

/** Totals in CAD and in EUR at today's rate; none when no rate is known yet. */
async function converted(c: Context<AppEnv>, at: string) {
  const v = visibilityOf(c.var.actor);
  try {
    return [
      await portfolioSummary(c.var.deps.db, v, { currency: "CAD", at }),
      await portfolioSummary(c.var.deps.db, v, { currency: "EUR", at }),
    ];
  } catch (error) {
    if (error instanceof AppError && error.id === "financing_rate_missing") return [];
    throw error;
  }
}
