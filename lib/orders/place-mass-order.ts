// Mass orders: one `service_id|link|quantity` per line, up to 100 lines. Every line is checked
// and priced first; when the valid lines together cost more than the balance, nothing is placed
// and the answer says by how much (a panel owner expects all or none of a priced batch, not a
// half-placed list that depends on line order). Otherwise each valid line is placed as its own
// order (its own charge and ledger row) and bad lines get their reason; the orders are then
// sent to the provider in the background, one after another.
import type { ErrorI18n } from "@/i18n/error-text";
import { db } from "../db";
import { AppError, isExpectedError } from "../errors";
import { formatCurrency } from "../format";
import { log } from "../log";
import { getSettings } from "../settings/settings";
import { splitLines } from "../validations/order";
import { dispatchSoon } from "./dispatch";
import { placeOrder, quoteOrder } from "./place-order";

export const MASS_ORDER_MAX_LINES = 100;

/** A line's reason in English; `i18n` names its wording in the catalog when errors.json has no such fixed text. */
type LineError = { error: string; i18n?: ErrorI18n };

export type MassOrderLineResult =
  { line: number; ok: true; orderId: number; charge: bigint } | ({ line: number; ok: false } & LineError);

type ParsedLine =
  { line: number; serviceId: number; fields: Record<string, unknown> } | ({ line: number } & LineError);

/** Lines as `service_id|link|quantity`; `line` is the 1-based line number in the text. */
export function parseMassOrderText(text: string): ParsedLine[] {
  const parsed: ParsedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const content = raw.trim();
    if (content === "") return;
    const line = index + 1;
    const parts = content.split("|").map((part) => part.trim());
    if (parts.length < 2 || parts.length > 3) {
      parsed.push({ line, error: "Use service_id|link|quantity", i18n: { key: "massOrder.format" } });
      return;
    }
    const [service, link, quantity] = parts;
    if (!/^\d{1,9}$/.test(service)) {
      parsed.push({ line, error: "Incorrect service ID" });
      return;
    }
    parsed.push({
      line,
      serviceId: Number(service),
      fields: quantity === undefined ? { link } : { link, quantity },
    });
  });
  return parsed;
}

function reason(error: unknown): LineError {
  if (isExpectedError(error)) return { error: error.message, i18n: error.i18n };
  log.error("mass order line failed", { error });
  return { error: "Could not place this line; try again", i18n: { key: "massOrder.lineFailed" } };
}

/** Each line's requestId under the form's token: a repeated submit finds the first orders. */
const requestIdPrefix = (token: string) => `mass:${token}:`;

export async function placeMassOrder(
  userId: number,
  text: string,
  idempotencyKey?: string,
): Promise<MassOrderLineResult[]> {
  if (splitLines(text).length > MASS_ORDER_MAX_LINES)
    throw new AppError(`Up to ${MASS_ORDER_MAX_LINES} lines at a time`, "too_many_lines", "text", {
      key: "massOrder.tooMany",
      values: { max: MASS_ORDER_MAX_LINES },
    });
  const lines = parseMassOrderText(text);
  if (lines.length === 0)
    throw new AppError("Enter at least one line: service_id|link|quantity", "empty", "text", {
      key: "massOrder.empty",
    });

  const results = new Map<number, MassOrderLineResult>();
  const valid: Array<{ line: number; serviceId: number; fields: Record<string, unknown> }> = [];
  let total = 0n;
  for (const line of lines) {
    if ("error" in line) {
      results.set(line.line, { line: line.line, ok: false, error: line.error, i18n: line.i18n });
      continue;
    }
    try {
      total += (await quoteOrder(userId, line.serviceId, line.fields)).charge;
      valid.push(line);
    } catch (error) {
      results.set(line.line, { line: line.line, ok: false, ...reason(error) });
    }
  }

  const { balance } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } });
  // A repeat of a submit that placed orders answers with them below (placeOrder finds each by requestId).
  const repeated =
    idempotencyKey !== undefined &&
    (await db.order.count({
      where: { userId, requestId: { startsWith: requestIdPrefix(idempotencyKey) } },
    })) > 0;
  if (total > balance && !repeated) {
    const settings = await getSettings();
    throw new AppError(
      `Not enough funds on balance: the valid lines cost ${formatCurrency(total, settings)}, the balance is ${formatCurrency(balance, settings)}. Nothing was placed.`,
      "insufficient_funds",
      "text",
      { key: "massOrder.notEnoughFunds", amounts: { total, balance } },
    );
  }

  const placed: number[] = [];
  for (const line of valid) {
    try {
      const requestId = idempotencyKey && `${requestIdPrefix(idempotencyKey)}${line.line}`;
      const order = await placeOrder(
        { userId, serviceId: line.serviceId, fields: line.fields, source: "mass", requestId },
        { dispatch: false },
      );
      results.set(line.line, { line: line.line, ok: true, orderId: order.orderId, charge: order.charge });
      if (!order.duplicate) placed.push(order.orderId);
    } catch (error) {
      results.set(line.line, { line: line.line, ok: false, ...reason(error) });
    }
  }
  if (placed.length > 0) dispatchSoon(placed);
  return lines.map((line) => results.get(line.line) as MassOrderLineResult);
}
