// Imported first by the scripts so a .env file (see .env.example) applies to them as it does
// to Next.js. Variables already set in the environment win.
import { existsSync } from "node:fs";
import path from "node:path";

const file = path.resolve(import.meta.dirname, "..", ".env");
if (existsSync(file)) process.loadEnvFile(file);
