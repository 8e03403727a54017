import "server-only";
import { headers } from "next/headers";
import { clientIp } from "./client-ip";

/** The caller's IP inside a server action or server component. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
