import { z } from "@hono/zod-openapi";

const committed = z.array(
  z.object({
    party: z.enum(["qc", "fr"]),
    amount: z
      .string()
      .openapi({ description: "Montant exact / Exact amount", example: "44000.00" }),
    currency: z.enum(["CAD", "EUR"]),
  }),
);

const figures = {
  submitted: z.number().int().openapi({ description: "Déposées / Submitted", example: 4 }),
  funded: z.number().int().openapi({ description: "Financées / Funded", example: 2 }),
  successRate: z.number().nullable().openapi({
    description: "Financées ÷ déposées, entre 0 et 1 / Funded ÷ submitted, between 0 and 1",
    example: 0.5,
  }),
  daysToDecision: z.number().nullable().openapi({
    description:
      "Jours de la clôture à la décision définitive (total : médiane) / Days from closing to the final decision (total: median)",
    example: 150,
  }),
  committed,
};

/** Statistics across the closed calls, and their total over the decided ones. */
export const statisticsSchema = z
  .object({
    calls: z.array(
      z.object({
        call: z.string().openapi({ example: "AAP-2026-03" }),
        decided: z.boolean(),
        ...figures,
      }),
    ),
    total: z.object({ decidedCalls: z.number().int().openapi({ example: 1 }), ...figures }),
  })
  .openapi("CallStatistics", {
    example: {
      calls: [
        {
          call: "AAP-2026-03",
          decided: true,
          submitted: 4,
          funded: 2,
          successRate: 0.5,
          daysToDecision: 150,
          committed: [
            { party: "qc", amount: "44000.00", currency: "CAD" },
            { party: "fr", amount: "31000.00", currency: "EUR" },
          ],
        },
      ],
      total: {
        decidedCalls: 1,
        submitted: 4,
        funded: 2,
        successRate: 0.5,
        daysToDecision: 150,
        committed: [
          { party: "qc", amount: "44000.00", currency: "CAD" },
          { party: "fr", amount: "31000.00", currency: "EUR" },
        ],
      },
    },
  });
