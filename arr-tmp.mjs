import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create();
const r = await db.query("SELECT ARRAY['a ;','b']::text[] AS x, '{\"a\":1}'::jsonb AS j");
console.log(r.rows);
