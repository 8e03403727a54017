// The last of the e2e web servers: the panels after the first start side by side (Playwright
// starts each web server only once the one before is ready), and this waits until every one
// answers its sign-in page, says so on stdout (playwright.config.ts waits for that line), and
// stays up until Playwright ends the run.
import { setTimeout as sleep } from "node:timers/promises";

const urls = process.argv.slice(2);
const answers = async (url: string) => {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
};

let waiting = urls;
while (waiting.length) {
  const answered = await Promise.all(waiting.map(answers));
  waiting = waiting.filter((_, i) => !answered[i]);
  if (waiting.length) await sleep(500);
}
console.log(`e2e: all ${urls.length} panels ready`);
setInterval(() => {}, 60_000);
