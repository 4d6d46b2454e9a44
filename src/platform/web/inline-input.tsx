/** A labelled input for the short one-line forms of record pages (date, note, title, file). */
export function InlineInput(p: {
  id: string;
  name?: string;
  label: string;
  type?: "text" | "date" | "file";
  value?: string;
  required?: boolean;
  maxlength?: number;
  accept?: string;
}) {
  return (
    <div>
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        name={p.name ?? p.id}
        type={p.type ?? "text"}
        value={p.value}
        required={p.required}
        maxlength={p.maxlength}
        accept={p.accept}
      />
    </div>
  );
}
