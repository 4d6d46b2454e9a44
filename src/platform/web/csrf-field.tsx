/** The hidden `_csrf` input every state-changing form carries (checked by platform/auth/csrf.ts). */
export const Csrf = ({ token }: { token: string }) => (
  <input type="hidden" name="_csrf" value={token} />
);
