import type { Db } from "../platform/db/client.ts";

export async function seedDeclaration(_db: Db): Promise<void> {}
