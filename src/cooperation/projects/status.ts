import type { ProjectStatus } from "./labels.ts";

/**
 * A project's life: idea → under study → approved → in progress → completed, one step at a
 * time; it may be abandoned at any step before the end. Nobody else goes backwards; an
 * administrator alone may step a project back one status, to correct a mistaken entry (an
 * abandoned project stays abandoned).
 */
const FORWARD: Record<ProjectStatus, ProjectStatus | null> = {
  idea: "under_study",
  under_study: "approved",
  approved: "in_progress",
  in_progress: "completed",
  completed: null,
  abandoned: null,
};

export const FINAL_STATUSES: readonly ProjectStatus[] = ["completed", "abandoned"];

export function nextStatuses(from: ProjectStatus): ProjectStatus[] {
  const next = FORWARD[from];
  if (!next) return [];
  return [next, "abandoned"];
}

/** The statuses an administrator may also go back to: the one just before. */
export function previousStatus(from: ProjectStatus): ProjectStatus | null {
  if (from === "abandoned") return null;
  const entry = Object.entries(FORWARD).find(([, to]) => to === from);
  return (entry?.[0] as ProjectStatus | undefined) ?? null;
}

export function canMove(from: ProjectStatus, to: ProjectStatus, admin: boolean): boolean {
  if (nextStatuses(from).includes(to)) return true;
  return admin && previousStatus(from) === to;
}
