// A process of its own with the API limits of DATABASE_URL's store, like a second app instance:
// on "go" (stdin) it makes HITS add checks for API key 1 and prints how many were allowed. A
// check that fails for any reason but the limit (a store error) counts as not allowed.
import { createInterface } from "node:readline";
import { createApiLimits } from "../../../lib/reseller-api/limits";

const hits = Number(process.env.HITS);
const limits = createApiLimits(
  { addPerMin: Number(process.env.LIMIT), readPerMin: 1, ipPerMin: 1, badKeyPerMin: 1 },
  process.env.NAME,
);
console.log("ready");
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== "go") continue;
  // PARALLEL=1: all hits at once, as a burst of requests on one instance; else one after another.
  const check = () =>
    limits.checkKey(1, "add").then(
      () => true,
      () => false,
    );
  const results = process.env.PARALLEL === "1" ? await Promise.all(Array.from({ length: hits }, check)) : [];
  for (let i = results.length; i < hits; i++) results.push(await check());
  console.log(JSON.stringify({ allowed: results.filter(Boolean).length }));
  process.exit(0);
}
