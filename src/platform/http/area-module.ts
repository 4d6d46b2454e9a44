import type { Db } from "../db/client.ts";
import type { Policy } from "../policy/policy.ts";
import type { Router } from "./router.ts";

/**
 * What an area hands to the composition root (src/app/): the platform imports no area, the root
 * lists them. Every part is optional; the root calls each in the order the areas are listed.
 */
export type AreaModule = {
  /** For logs and tests. */
  name: string;
  /** Its authorisation rules: every route's subject must have one. */
  rules?: (policy: Policy) => void;
  routes?: (router: Router) => void;
  /** What every page needs before the first request: fast, and run twice it changes nothing. */
  seed?: (db: Db) => Promise<unknown>;
  /** Bundled public datasets: seconds on a first start, so loaded after the server listens. */
  referenceData?: (db: Db) => Promise<ReferenceDataSummary>;
  /** Demonstration content (`alliage db seed --demo`), after the reference data it names. */
  demo?: (db: Db) => Promise<unknown>;
  /**
   * Work due at a time rather than on a request (reminders before a deadline), run by the
   * server every few minutes: it must do nothing when nothing is due, and be safe to run from
   * two servers on one database at once.
   */
  periodic?: (db: Db, context: PeriodicContext) => Promise<unknown>;
};

export type PeriodicContext = { now: Date; publicUrl: string | undefined };

export type ReferenceDataSummary = { imported: readonly unknown[]; unchanged: number; ms: number };
