/**
 * The success/error/info banner. An error is announced at once (role="alert"), success and
 * information politely (role="status"); a note (a standing remark: data not loaded yet, a rate
 * missing) is not announced (role="note") and keeps the neutral look. `as="p"` draws it as a
 * paragraph where the page puts it in one.
 */
export function Alert({
  kind,
  as = "div",
  children,
}: {
  kind: "error" | "success" | "info" | "note";
  as?: "div" | "p";
  children: unknown;
}) {
  const role = kind === "error" ? "alert" : kind === "note" ? "note" : "status";
  const className = kind === "note" ? "alert" : `alert ${kind}`;
  return as === "p" ? (
    <p class={className} role={role}>
      {children}
    </p>
  ) : (
    <div class={className} role={role}>
      {children}
    </div>
  );
}
