// Structured JSON logs through pino, one line per event: {level, time, msg, requestId, ...}.
// Callers write log.info(message, context). Secrets never reach a line: fields named like a
// secret (password, key, token, secret, authorization, cookie, ...) are replaced, and reseller
// keys (upl_...) are masked inside any text, including error messages and stacks.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "./env.mjs";

type Context = Record<string, unknown>;

const SECRET_FIELD =
  /pass(word)?|secret|token|authorization|cookie|api_?key|^key$|key_?hash|hash$|encrypted|signature|otp/i;
const API_KEY_TEXT = /upl_[A-Za-z0-9_-]{8,}/g;
const REDACTED = "[redacted]";

function scrubText(text: string): string {
  return text.replace(API_KEY_TEXT, "upl_***");
}

/** A JSON-safe copy with secrets removed (bigints as strings, errors as name/message/stack). */
export function scrub(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[deep]";
  if (typeof value === "string") return scrubText(value);
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Error)
    return {
      name: value.name,
      message: scrubText(value.message),
      stack: value.stack && scrubText(value.stack),
    };
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => scrub(item, depth + 1));
  if (value && typeof value === "object") {
    const out: Context = {};
    for (const [name, item] of Object.entries(value))
      out[name] = SECRET_FIELD.test(name) ? REDACTED : scrub(item, depth + 1);
    return out;
  }
  return value;
}

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs work with a request id that every log line written inside it carries. */
export function withRequestId<T>(requestId: string | null | undefined, work: () => T): T {
  const id = requestId && /^[\w.:-]{1,100}$/.test(requestId) ? requestId : randomUUID();
  return requestScope.run({ requestId: id }, work);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: env.LOG_LEVEL,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

const globalForLog = globalThis as unknown as { uplineLogger?: Logger };
const logger = (globalForLog.uplineLogger ??= createLogger());

function write(
  target: Logger,
  level: "debug" | "info" | "warn" | "error",
  message: string,
  context?: Context,
) {
  if (!target.isLevelEnabled(level)) return;
  target[level](context ? (scrub(context) as Context) : {}, scrubText(message));
}

export type Log = Record<"debug" | "info" | "warn" | "error", (message: string, context?: Context) => void>;

/** The log.info(message, context) shape over a pino logger (tests pass one with their own destination). */
export function logTo(target: Logger): Log {
  return {
    debug: (m, c) => write(target, "debug", m, c),
    info: (m, c) => write(target, "info", m, c),
    warn: (m, c) => write(target, "warn", m, c),
    error: (m, c) => write(target, "error", m, c),
  };
}

export const log: Log = logTo(logger);
