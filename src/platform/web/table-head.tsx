/**
 * A data table's caption, with the hint that qualifies it (« heures de Montréal »), and its
 * header row: one column heading each, `num` ones right-aligned like their figures.
 */
export function TableCaption({ text, hint }: { text: string; hint?: string }) {
  return (
    <caption>
      {text}
      {hint !== undefined && <span class="hint"> ({hint})</span>}
    </caption>
  );
}

export type Column = string | { text: string; num: true };

export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === "string" ? (
            <th scope="col">{c}</th>
          ) : (
            <th scope="col" class="num">
              {c.text}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
