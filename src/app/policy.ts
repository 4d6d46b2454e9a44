import type { AreaModule } from "../platform/http/area-module.ts";
import { Policy } from "../platform/policy/policy.ts";
import { AREAS } from "./areas.ts";

/** Every area's authorisation rules, in one policy. */
export function buildPolicy(areas: readonly AreaModule[] = AREAS): Policy {
  const policy = new Policy();
  for (const area of areas) area.rules?.(policy);
  return policy;
}
