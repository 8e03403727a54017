// The reseller API (/api/v2) from request to answer: limits, parameters, key, action, JSON.
// Every failure is {"error": "..."} with HTTP 200 (PHP clients never look at the status),
// except rate limits (429, same body). Unexpected errors are logged and answered generically,
// so no stack, provider name, URL or key ever reaches a client.
import { clientIp, readHeader } from "../http/client-ip";
import { currentRequestId, withRequestId } from "../log";
import { metrics } from "../metrics/metrics";
import { getSettings } from "../settings/settings";
import type { ApiContext } from "./action-types";
import { findApiAction } from "./actions";
import { API_ERRORS, ApiError, errorMessage, incorrectRequest } from "./api-errors";
import { findApiUser, touchApiKey } from "./api-keys";
import { apiLimitsFromEnv, createApiLimits, type ApiLimits } from "./limits";
import { fromWebRequest, readApiParams, type ApiRequest } from "./read-params";

/** What the API answers: always JSON (the body as text), with its status and headers. */
export type ApiAnswer = { status: number; headers: Record<string, string>; body: string };

export type ApiHandler = (request: ApiRequest) => Promise<ApiAnswer>;

/** The handler with its own limit counters; tests pass higher limits, the route uses the env's. */
export function createApiHandler(options: { limits?: ApiLimits } = {}): ApiHandler {
  const limits = options.limits ?? createApiLimits(apiLimitsFromEnv());

  type Answer = {
    body: unknown;
    error?: ApiError;
    outcome: "ok" | "error" | "invalid_key" | "rate_limited" | "failed";
  };

  async function answer(request: ApiRequest, seen: { action?: string }): Promise<Answer> {
    try {
      const ip = clientIp(request.headers);
      await limits.checkIp(ip);
      const params = await readApiParams(request);

      const found = await findApiUser(params.one("key") ?? "");
      if (!found) {
        await limits.recordBadKey(ip);
        throw new ApiError(API_ERRORS.invalidKey);
      }
      const action = findApiAction(params.one("action")?.toLowerCase());
      if (!action) throw incorrectRequest();
      seen.action = action.name;
      await limits.checkKey(found.apiKeyId, action.kind);
      await touchApiKey(found);

      const context: ApiContext = {
        caller: { userId: found.user.id, balance: found.user.balance },
        params,
        currency: async () => (await getSettings()).currencyCode,
      };
      return { body: await action.run(context), outcome: "ok" };
    } catch (error) {
      const message = errorMessage(error, seen.action);
      const apiError = error instanceof ApiError ? error : undefined;
      const outcome =
        apiError?.httpStatus === 429
          ? "rate_limited"
          : message === API_ERRORS.invalidKey
            ? "invalid_key"
            : message === API_ERRORS.internal
              ? "failed"
              : "error";
      return { body: { error: message }, error: apiError, outcome };
    }
  }

  return function handleApiRequest(request) {
    // Every log line of the request carries its id; the client gets it back in X-Request-Id.
    return withRequestId(readHeader(request.headers, "x-request-id"), async () => {
      const started = performance.now();
      const seen: { action?: string } = {};
      const { body, error, outcome } = await answer(request, seen);
      const action = seen.action ?? "none"; // only known action names: a bounded label
      metrics.apiRequests.inc({ action, outcome });
      metrics.apiDuration.observe({ action }, (performance.now() - started) / 1000);
      return json(body, error, currentRequestId());
    });
  };
}

function json(body: unknown, error?: ApiError, requestId?: string): ApiAnswer {
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  };
  if (requestId) headers["x-request-id"] = requestId;
  if (error?.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
  return { status: error?.httpStatus ?? 200, headers, body: JSON.stringify(body) };
}

/** The handler for a Web Request (Next's route file). */
export async function answerWebRequest(handler: ApiHandler, request: Request): Promise<Response> {
  const { status, headers, body } = await handler(fromWebRequest(request));
  return new Response(body, { status, headers });
}

export const handleApiRequest: ApiHandler = createApiHandler();
