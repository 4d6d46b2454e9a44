export type FieldChange = { from: unknown; to: unknown };
export type Changes = Record<string, FieldChange>;

/**
 * The fields that differ between two versions of a record, for the audit log. Fields listed in
 * `secret` are recorded as changed without their values (password hashes, token hashes).
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  secret: readonly string[] = [],
): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (same(from, to)) continue;
    changes[key] = secret.includes(key) ? { from: "•••", to: "•••" } : { from, to };
  }
  return changes;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}
