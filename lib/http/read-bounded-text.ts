// Reads a request or response body as text with a size bound: a declared length over the bound
// is refused before reading, and a stream that grows past it is cut off (the connection is
// dropped), so an outside party cannot fill the server's memory.
export class BodyTooLargeError extends Error {}

export async function readBoundedText(message: Request | Response, maxBytes: number): Promise<string> {
  const declared = Number(message.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await message.body?.cancel();
    throw new BodyTooLargeError();
  }
  if (!message.body) return "";
  const reader = message.body.getReader();
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
