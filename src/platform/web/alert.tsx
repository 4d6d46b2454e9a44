/**
 * The success/error/info banner. An error is announced at once (role="alert"), the others
 * politely (role="status"). `as="p"` draws it as a paragraph where the page puts it in one.
 */
export function Alert({
  kind,
  as = "div",
  children,
}: {
  kind: "error" | "success" | "info";
  as?: "div" | "p";
  children: unknown;
}) {
  const role = kind === "error" ? "alert" : "status";
  return as === "p" ? (
    <p class={`alert ${kind}`} role={role}>
      {children}
    </p>
  ) : (
    <div class={`alert ${kind}`} role={role}>
      {children}
    </div>
  );
}
