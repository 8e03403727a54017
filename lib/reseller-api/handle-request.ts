// The reseller API (/api/v2) from Request to Response: limits, parameters, key, action, JSON.
// Every failure is {"error": "..."} with HTTP 200 (PHP clients never look at the status),
// except rate limits (429, same body). Unexpected errors are logged and answered generically,
// so no stack, provider name, URL or key ever reaches a client.
import { clientIp } from "../http/client-ip";
import { getSettings } from "../settings/settings";
import type { ApiContext } from "./action-types";
import { findApiAction } from "./actions";
import { API_ERRORS, ApiError, errorMessage, incorrectRequest } from "./api-errors";
import { findApiUser, touchApiKey } from "./api-keys";
import { apiLimitsFromEnv, createApiLimits, type ApiLimits } from "./limits";
import { readApiParams } from "./read-params";

export type ApiHandler = (request: Request) => Promise<Response>;

/** The handler with its own limit counters; tests pass higher limits, the route uses the env's. */
export function createApiHandler(options: { limits?: ApiLimits } = {}): ApiHandler {
  const limits = options.limits ?? createApiLimits(apiLimitsFromEnv());

  return async function handleApiRequest(request) {
    let actionName: string | undefined;
    try {
      const ip = clientIp(request.headers);
      await limits.checkIp(ip);
      const params = await readApiParams(request);

      const found = await findApiUser(params.one("key") ?? "");
      if (!found) {
        await limits.recordBadKey(ip);
        throw new ApiError(API_ERRORS.invalidKey);
      }
      actionName = params.one("action")?.toLowerCase();
      const action = findApiAction(actionName);
      if (!action) throw incorrectRequest();
      await limits.checkKey(found.apiKeyId, action.kind);
      await touchApiKey(found);

      const context: ApiContext = {
        caller: { userId: found.user.id, balance: found.user.balance },
        params,
        currency: async () => (await getSettings()).currencyCode,
      };
      return json(await action.run(context));
    } catch (error) {
      return json({ error: errorMessage(error, actionName) }, error instanceof ApiError ? error : undefined);
    }
  };
}

function json(body: unknown, error?: ApiError): Response {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
  if (error?.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
  return new Response(JSON.stringify(body), { status: error?.httpStatus ?? 200, headers });
}

export const handleApiRequest: ApiHandler = createApiHandler();
