import type { ReportData } from "./queries.ts";

export type Count = { key: string; count: number };

/**
 * Projects per priority, per line of action and per status. A project serving several lines
 * counts once in each line, and once in a priority however many of its lines it serves.
 */
export function portfolioCounts(data: ReportData, statuses: readonly string[]) {
  const ofLine = (code: string) => data.projects.filter((p) => p.lines.includes(code)).length;
  const ofPriority = (code: string) =>
    data.projects.filter((p) => p.lines.some((l) => l.split(".")[0] === code)).length;
  const ofStatus = (status: string) => data.projects.filter((p) => p.status === status).length;
  return {
    byPriority: data.priorities.map((p) => ({ key: p.code, count: ofPriority(p.code) })),
    byLine: data.lines.map((l) => ({ key: l.code, count: ofLine(l.code) })),
    byStatus: statuses.map((s) => ({ key: s, count: ofStatus(s) })),
  };
}
