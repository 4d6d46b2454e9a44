import { describe, expect, it } from "vitest";
import { TableCaption, TableHead } from "./table-head.tsx";

describe("table caption and head", () => {
  it("writes the caption with its hint, and one heading per column", () => {
    expect(String(<TableCaption text="Courriels" hint="heures de Montréal" />)).toBe(
      '<caption>Courriels<span class="hint"> (heures de Montréal)</span></caption>',
    );
    expect(String(<TableCaption text="Jeux" />)).toBe("<caption>Jeux</caption>");
    expect(String(<TableHead columns={["Nature", { text: "Lignes", num: true }]} />)).toBe(
      '<thead><tr><th scope="col">Nature</th><th scope="col" class="num">Lignes</th></tr></thead>',
    );
  });
});
