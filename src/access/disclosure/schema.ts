import { z } from "zod";

/** The log's address: words to search for and a page; anything else reads as the first page. */
export const logQuery = z
  .object({
    q: z.string().optional().catch(undefined),
    page: z.string().optional().catch(undefined),
  })
  .transform((v) => {
    const page = Number(v.page ?? "1");
    return {
      q: v.q?.trim().slice(0, 100) || undefined,
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  });
