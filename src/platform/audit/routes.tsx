import type { Router } from "../http/router.ts";

export function registerAuditPages(_router: Router): void {}
