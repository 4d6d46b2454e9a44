/**
 * A sentence that names a project: its code kept on one line (« P-2024- / 020 » would break at
 * the hyphen), the rest wrapping as usual.
 */
export function WithCode(props: { text: string; code: string }) {
  const parts = props.text.split(props.code);
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 && <span class="code">{props.code}</span>}
          {part}
        </>
      ))}
    </>
  );
}
