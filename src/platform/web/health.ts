/** What /healthz answers (platform-routes.tsx, and starting-page.tsx before the database opens). */
export type Health = { status?: string; database?: string; import?: string };

/**
 * Whether a server that answered this serves its pages: its database is open, and the embedded
 * one is not held by the reference data import (pages answer 503 meanwhile: loading-gate.ts).
 * What waits for a server to be ready (tests, scripts) asks this.
 */
export const servesPages = (health: Health): boolean =>
  health.database !== undefined &&
  health.database !== "starting" &&
  !(health.database === "pglite" && health.import === "running");
