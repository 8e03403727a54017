// Reads a webhook body with a size bound: a declared length over the bound is refused before
// reading, and a stream that grows past it is cut off.
export const MAX_WEBHOOK_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBoundedText(request: Request, maxBytes = MAX_WEBHOOK_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new BodyTooLargeError();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
