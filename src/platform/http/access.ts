/**
 * The authorisation rule a route declares: the action and subject that the policy must allow
 * for the current actor before the handler runs.
 */
export type Access = { action: string; subject: string };

export type DeclaredRoute = { method: string; path: string; access: Access };

export const access = (action: string, subject: string): Access => ({ action, subject });
