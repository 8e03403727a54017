// Webhook bodies are read with a size bound (lib/http/read-bounded-text.ts).
import { readBoundedText as readBounded } from "../http/read-bounded-text";

export { BodyTooLargeError } from "../http/read-bounded-text";

export const MAX_WEBHOOK_BYTES = 64 * 1024;

export function readBoundedText(request: Request, maxBytes = MAX_WEBHOOK_BYTES): Promise<string> {
  return readBounded(request, maxBytes);
}
