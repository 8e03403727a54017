// SePay's webhook body as a typed value, read at the edge so nothing deeper parses raw JSON.
// Fields: id, gateway, transactionDate, accountNumber, subAccount, code, content, transferType,
// transferAmount, accumulated, referenceCode, description. Numbers may arrive as strings.
import { z } from "zod";
import { decimalText } from "../decimal";

const text = (max: number) =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? null : String(v).slice(0, max)));

export const sepayPayloadSchema = z.object({
  id: z.union([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.string().trim().regex(/^\d{1,20}$/)]).transform(String),
  gateway: text(100),
  transactionDate: text(40),
  accountNumber: text(40),
  subAccount: text(40),
  code: text(100),
  content: text(1000),
  transferType: z.string().trim().toLowerCase(),
  transferAmount: z.union([z.number(), z.string()]).transform((v, ctx) => {
    const amount = decimalText(typeof v === "string" ? v.trim() : v);
    if (amount === null) {
      ctx.addIssue({ code: "custom", message: "transferAmount is not a non-negative amount" });
      return z.NEVER;
    }
    return amount;
  }),
  referenceCode: text(100),
  description: text(1000),
});

export type SepayPayload = z.infer<typeof sepayPayloadSchema>;

export function parseSepayPayload(rawBody: string): SepayPayload | null {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const parsed = sepayPayloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
