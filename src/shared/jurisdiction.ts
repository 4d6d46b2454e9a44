import { PARTIES, type Party } from "./party.ts";

/**
 * The access-to-information law that governs a request: Québec's (Loi sur l'accès, CAI) or
 * France's (code des relations entre le public et l'administration, CADA). One per party.
 */
export const JURISDICTIONS = PARTIES;
export type Jurisdiction = Party;
