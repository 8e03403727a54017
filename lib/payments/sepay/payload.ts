// SePay's webhook body as a typed value, read at the edge so nothing deeper parses raw JSON.
// Fields: id, gateway, transactionDate, accountNumber, subAccount, code, content, transferType,
// transferAmount, accumulated, referenceCode, description. Numbers may arrive as strings.
// An amount that is not a clean number keeps its raw text for the admin queue.
import { z } from "zod";
import { decimalText } from "../decimal";

const text = (max: number) =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? null : String(v).slice(0, max)));

export const sepayPayloadSchema = z.object({
  id: z
    .union([
      z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      z
        .string()
        .trim()
        .regex(/^\d{1,20}$/),
    ])
    .transform(String),
  gateway: text(100),
  transactionDate: text(40),
  accountNumber: text(40),
  subAccount: text(40),
  code: text(100),
  content: text(1000),
  transferType: z.string().trim().toLowerCase(),
  // A JSON number, or a text of digits only. "250.000", "250,000" or "250 000" could be 250 or
  // 250000 đồng: `value` null, so the transfer waits for an admin with the raw text, never a guess.
  transferAmount: z.union([z.number(), z.string()]).transform((v) => ({
    raw: String(v).slice(0, 40),
    value:
      typeof v === "number" || /^\s*\d{1,18}\s*$/.test(v)
        ? decimalText(typeof v === "string" ? v.trim() : v)
        : null,
  })),
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
