/** Only a local path may follow sign-in: never another site. */
export function safeNext(next: string | undefined): string | undefined {
  return next && /^\/(?![/\\])[\w\-./#?=&%]*$/.test(next) ? next : undefined;
}
