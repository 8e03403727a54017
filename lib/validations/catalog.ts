// Catalog inputs (import, service edit, categories, bulk actions), shared by the admin forms,
// their server actions and the domain functions. Money and percents arrive as decimal text.
import { z } from "zod";
import { idSchema as id } from "./id";
import { moneyInput } from "./money";
import { parsePercentBps } from "./percent";

/** "" -> null; "12.5" -> 1250 basis points. */
export const optionalPercentSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    const bps = parsePercentBps(text.replace(/%$/, ""));
    if (bps === null) {
      ctx.addIssue({ code: "custom", message: "Enter a percent like 30 or 12.5" });
      return z.NEVER;
    }
    return bps;
  });

/** "" -> null; "0.05" -> units. */
export const optionalMoneySchema = moneyInput({
  message: "Enter an amount like 0.05 or 1.20",
  optional: true,
});

export const importSchema = z.object({
  providerId: id,
  items: z
    .array(
      z.object({
        externalId: z.string().trim().min(1).max(64),
        categoryName: z.string().trim().min(1, "Category name is required").max(80),
      }),
    )
    .min(1, "Choose at least one service")
    .max(10_000),
});
export type ImportInput = z.input<typeof importSchema>;

export const serviceUpdateSchema = z
  .object({
    name: z.string().trim().min(1, "Name is required").max(200),
    description: z
      .string()
      .trim()
      .max(5000)
      .transform((text) => (text === "" ? null : text)),
    categoryId: id,
    sortOrder: z.coerce.number().int().min(-1_000_000).max(1_000_000),
    min: z.coerce.number().int().min(0, "Min can't be negative"),
    max: z.coerce.number().int().min(1, "Max must be at least 1"),
    pricing: z.enum(["rule", "markup", "manual"]),
    markupPercent: optionalPercentSchema,
    markupFixed: optionalMoneySchema,
    manualRate: optionalMoneySchema,
    allowBelowCost: z.boolean(),
    refillDays: z
      .string()
      .trim()
      .transform((text, ctx) => {
        if (text === "") return null;
        const days = Number(text);
        if (!Number.isInteger(days) || days < 0 || days > 3650) {
          ctx.addIssue({ code: "custom", message: "Enter a number of days (0-3650) or leave empty" });
          return z.NEVER;
        }
        return days;
      }),
  })
  .superRefine((data, ctx) => {
    if (data.max < data.min)
      ctx.addIssue({ code: "custom", path: ["max"], message: "Max must be at least min" });
    if (data.pricing === "manual" && data.manualRate === null)
      ctx.addIssue({ code: "custom", path: ["manualRate"], message: "Enter the price per 1000" });
    if (data.pricing === "markup" && data.markupPercent === null && data.markupFixed === null) {
      ctx.addIssue({
        code: "custom",
        path: ["markupPercent"],
        message: "Enter a percent, a fixed amount, or both",
      });
    }
  });
export type ServiceUpdateInput = z.input<typeof serviceUpdateSchema>;

export const categorySchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(80),
  sortOrder: z.coerce.number().int().min(-1_000_000).max(1_000_000),
  markupPercent: optionalPercentSchema,
  markupFixed: optionalMoneySchema,
});
export type CategoryInput = z.input<typeof categorySchema>;

const serviceIds = z.array(id).min(1, "Select at least one service").max(10_000);

export const bulkActionSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("enable"), serviceIds }),
  z.object({ op: z.literal("disable"), serviceIds }),
  z.object({ op: z.literal("move"), serviceIds, categoryId: id }),
  z.object({
    op: z.literal("markup"),
    serviceIds,
    // Both empty: back to the category / default rule (and drop any manual price).
    markupPercent: optionalPercentSchema,
    markupFixed: optionalMoneySchema,
  }),
  // One description for every selected service; empty clears it.
  z.object({
    op: z.literal("describe"),
    serviceIds,
    description: z.string().trim().max(5000, "Keep the description under 5000 characters"),
  }),
]);
export type BulkActionInput = z.input<typeof bulkActionSchema>;
