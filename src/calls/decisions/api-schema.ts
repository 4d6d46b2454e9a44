import { z } from "@hono/zod-openapi";

const funding = z
  .object({
    party: z.enum(["qc", "fr"]),
    amount: z
      .string()
      .openapi({ description: "Montant exact / Exact amount", example: "40000.00" }),
    currency: z.enum(["CAD", "EUR"]),
  })
  .openapi("CallFunding");

/** The public results of a call, once both co-chairs have approved its decisions. */
export const resultsSchema = z
  .object({
    call: z.string().openapi({ example: "AAP-2026-01" }),
    finalisedAt: z.string().openapi({ example: "2026-12-07T15:00:00.000Z" }),
    url: z.string().openapi({ example: "https://alliage.example.org/appels/AAP-2026-01" }),
    items: z.array(
      z.object({
        reference: z.string().openapi({ example: "AAP-2026-01-0001" }),
        title: z.string().openapi({ example: "Graphite sphérique" }),
        projectCode: z.string().nullable().openapi({ example: "P-2026-014" }),
        funding: z.array(funding),
      }),
    ),
    totals: z.array(funding),
  })
  .openapi("CallResults", {
    example: {
      call: "AAP-2026-01",
      finalisedAt: "2026-12-07T15:00:00.000Z",
      url: "https://alliage.example.org/appels/AAP-2026-01",
      items: [
        {
          reference: "AAP-2026-01-0001",
          title: "Graphite sphérique",
          projectCode: "P-2026-014",
          funding: [
            { party: "qc", amount: "40000.00", currency: "CAD" },
            { party: "fr", amount: "30000.00", currency: "EUR" },
          ],
        },
      ],
      totals: [
        { party: "qc", amount: "40000.00", currency: "CAD" },
        { party: "fr", amount: "30000.00", currency: "EUR" },
      ],
    },
  });
