import type { Child } from "hono/jsx";
import { type Column, TableHead } from "../../platform/web/table-head.tsx";

/**
 * A list of the area's pages (applications, assignments, a ranking): its table, one row per
 * item, or the sentence that says the list is empty.
 */
export function ListTable<T>(p: {
  columns: Column[];
  items: readonly T[];
  row: (item: T) => Child;
  empty: string;
  id?: string;
}) {
  if (p.items.length === 0) return <p class="empty-state">{p.empty}</p>;
  return (
    <div class="table-wrap">
      <table class="data-table" id={p.id}>
        <TableHead columns={p.columns} />
        <tbody>{p.items.map(p.row)}</tbody>
      </table>
    </div>
  );
}
