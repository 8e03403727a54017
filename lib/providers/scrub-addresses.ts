// The one rule for provider texts that reach a customer (web pages, server action messages and
// /api/v2 alike): a provider's refusal or error may quote an address (URL, IP, host:port) that
// points at the provider or its network, so addresses never leave the panel. Admins see the
// original text in the exchange log.
export function scrubAddresses(message: string): string {
  return message
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"']+/gi, "[hidden]")
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, "[hidden]")
    .replace(/\b(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+):\d{2,5}\b/gi, "[hidden]");
}
