// The reseller API's failures: {"error": "..."} with the wording panel clients know. An
// ApiError's or AppError's message is sent as is; anything else is logged and answered generically.
import { ZodError } from "zod";
import { isExpectedError } from "../errors";
import { log } from "../log";
import { scrubAddresses } from "../providers/scrub-addresses";

export const API_ERRORS = {
  incorrectRequest: "Incorrect request",
  invalidKey: "Invalid API key",
  incorrectService: "Incorrect service ID",
  incorrectOrder: "Incorrect order ID",
  refillNotFound: "Refill not found",
  tooManyIds: "Too many IDs: up to 100 per request",
  rateLimited: "Too many requests, please slow down",
  tooManyBadKeys: "Too many requests with an invalid API key, try again later",
  internal: "Internal error, please try again later",
} as const;

export class ApiError extends Error {
  constructor(
    message: string,
    /** 429 for rate limits; every other failure is HTTP 200 (what PHP clients expect). */
    readonly httpStatus: 200 | 429 = 200,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const incorrectRequest = () => new ApiError(API_ERRORS.incorrectRequest);

/** The text a client sees for a failure; unexpected errors are logged first. */
export function errorMessage(error: unknown, action?: string): string {
  if (error instanceof ApiError) return error.message;
  if (isExpectedError(error)) return scrubAddresses(error.message);
  if (error instanceof ZodError) return error.issues[0]?.message || API_ERRORS.incorrectRequest;
  log.error("reseller api request failed", { action, error });
  return API_ERRORS.internal;
}

/** The {"error": ...} of one item inside a batch answer: one bad item never fails the batch. */
export function itemError(error: unknown, action: string): { error: string } {
  return { error: errorMessage(error, action) };
}
