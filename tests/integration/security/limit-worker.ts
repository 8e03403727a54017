// A process of its own with the API limits of DATABASE_URL's store, like a second app instance:
// on "go" (stdin) it makes HITS add checks for API key 1 and prints how many were allowed.
import { createInterface } from "node:readline";
import { createApiLimits } from "../../../lib/reseller-api/limits";

const hits = Number(process.env.HITS);
const limits = createApiLimits({ addPerMin: Number(process.env.LIMIT), readPerMin: 1, ipPerMin: 1, badKeyPerMin: 1 });
console.log("ready");
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== "go") continue;
  let allowed = 0;
  for (let i = 0; i < hits; i++) {
    try {
      await limits.checkKey(1, "add");
      allowed++;
    } catch {
      // refused: over the shared limit
    }
  }
  console.log(JSON.stringify({ allowed }));
  process.exit(0);
}
