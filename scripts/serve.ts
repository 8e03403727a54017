// The HTTP server of `npm start` (spawned by scripts/start.ts): Next's request handler behind a
// plain node:http server, so the app learns the caller's real address from the socket. Next's
// route handlers and server actions never see the socket; stampClientIp hands it over in a
// header that a client cannot set (see lib/http/client-ip.ts).
import "./load-dotenv";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "../lib/env.mjs";
import { parseTrustProxy, stampClientIp } from "../lib/http/client-ip";
import { serveApiDirectly } from "../lib/reseller-api/direct-route";

const trust = parseTrustProxy(env.TRUST_PROXY);
const app = next({
  dev: false,
  dir: path.resolve(import.meta.dirname, ".."),
  hostname: env.HOSTNAME,
  port: env.PORT,
});
const handle = app.getRequestHandler();
const https = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

await app.prepare();
const server = createServer((req, res) => {
  stampClientIp(req, trust);
  if (!serveApiDirectly(req, res, { https })) void handle(req, res);
});
server.listen(env.PORT, env.HOSTNAME, () => console.log(`upline: next ready on ${env.HOSTNAME}:${env.PORT}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
