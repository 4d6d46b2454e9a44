import { describe, expect, it } from "vitest";
import { ListTable } from "./list-table.tsx";

describe("a list's table", () => {
  const row = (n: number) => (
    <tr>
      <td class="num">{n}</td>
    </tr>
  );

  it("says the list is empty instead of drawing an empty table", () => {
    expect(String(<ListTable columns={["Rang"]} items={[]} row={row} empty="Aucune." />)).toBe(
      '<p class="empty-state">Aucune.</p>',
    );
  });

  it("draws one row per item under the column headings, with the table's id when given", () => {
    expect(String(<ListTable columns={["Rang"]} items={[1, 2]} row={row} empty="—" />)).toBe(
      '<div class="table-wrap"><table class="data-table"><thead><tr><th scope="col">Rang</th></tr></thead>' +
        '<tbody><tr><td class="num">1</td></tr><tr><td class="num">2</td></tr></tbody></table></div>',
    );
    expect(
      String(<ListTable id="ranking" columns={[]} items={[3]} row={row} empty="—" />),
    ).toContain('<table class="data-table" id="ranking">');
  });
});
