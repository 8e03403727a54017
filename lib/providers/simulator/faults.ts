// Misbehaviour on demand, per action or for all ("*"): each fault fires always, with a
// probability, and/or a limited number of times.
import type { Random } from "./random";

export const FAULT_NAMES = [
  "timeout", // never answer, or answer normally after delayMs
  "http500",
  "http502",
  "http429",
  "html", // an HTML error page, status httpStatus (default 200)
  "malformed", // broken JSON
  "empty", // 200 with an empty body
  "error", // {"error": text}
  "no_funds", // {"error": "Not enough funds on balance"}
  "accept_then_drop", // do the action, then destroy the socket without answering
  "answer_with_error_zero", // do the action, answer it with "error": 0 beside the fields
  "answer_with_http_error", // do the action, answer it with HTTP httpStatus (default 500)
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

export interface FaultOptions {
  /** Chance per request, 0..1 (default 1). */
  probability?: number;
  /** Fire at most this many times, then the fault is gone (default: until cleared). */
  count?: number;
  /** timeout: answer after this many ms instead of never. */
  delayMs?: number;
  /** error: the text (default "Error"). */
  text?: string;
  /** html: the HTTP status (default 200). */
  httpStatus?: number;
}

export interface ActiveFault {
  action: string;
  name: FaultName;
  options: FaultOptions;
  remaining: number | null;
}

export class FaultBoard {
  private faults: ActiveFault[] = [];

  set(action: string, name: FaultName, options: FaultOptions = {}): void {
    if (!FAULT_NAMES.includes(name)) throw new Error(`unknown fault "${name}"`);
    this.faults.push({ action, name, options, remaining: options.count ?? null });
  }

  clear(): void {
    this.faults = [];
  }

  list(): readonly ActiveFault[] {
    return this.faults;
  }

  /** The fault that fires for this request, if any; counts it down. */
  draw(action: string, random: Random): ActiveFault | null {
    for (const fault of this.faults) {
      if (fault.action !== "*" && fault.action !== action) continue;
      const probability = fault.options.probability ?? 1;
      if (probability < 1 && random() >= probability) continue;
      if (fault.remaining !== null) {
        fault.remaining -= 1;
        if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
      }
      return fault;
    }
    return null;
  }
}
