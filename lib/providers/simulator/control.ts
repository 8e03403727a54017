// The admin-only control endpoint (POST /__control, header x-control-token), so a separate
// process — the app under an end-to-end test — can steer the simulator like the handle does.
import { z } from "zod";
import { FAULT_NAMES } from "./faults";
import type { SimulatorHandle } from "./server";

const faultOptions = z
  .object({
    probability: z.number().min(0).max(1).optional(),
    count: z.number().int().min(1).optional(),
    delayMs: z.number().int().min(0).optional(),
    text: z.string().optional(),
    httpStatus: z.number().int().min(100).max(599).optional(),
  })
  .optional();

export const controlCommand = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("setFault"),
    action: z.string().min(1),
    fault: z.enum(FAULT_NAMES),
    options: faultOptions,
  }),
  z.object({ op: z.literal("clearFaults") }),
  z.object({ op: z.literal("advance"), ms: z.number().int().min(0) }),
  z.object({
    op: z.literal("setRate"),
    serviceId: z.number().int(),
    rate: z.string().regex(/^\d+(\.\d{1,5})?$/),
  }),
  z.object({ op: z.literal("removeService"), serviceId: z.number().int() }),
  z.object({ op: z.literal("setBalance"), units: z.string().regex(/^-?\d+$/) }),
  z.object({ op: z.literal("setDialect"), dialect: z.enum(["standard", "sloppy"]) }),
  z.object({ op: z.literal("truth") }),
]);
export type ControlCommand = z.infer<typeof controlCommand>;

/** Applies one command to the simulator; returns what the endpoint answers. */
export function runControl(handle: SimulatorHandle, command: ControlCommand): unknown {
  switch (command.op) {
    case "setFault":
      handle.setFault(command.action, command.fault, command.options ?? {});
      break;
    case "clearFaults":
      handle.clearFaults();
      break;
    case "advance":
      handle.advance(command.ms);
      break;
    case "setRate":
      handle.setRate(command.serviceId, command.rate);
      break;
    case "removeService":
      handle.removeService(command.serviceId);
      break;
    case "setBalance":
      handle.setBalance(BigInt(command.units));
      break;
    case "setDialect":
      handle.setDialect(command.dialect);
      break;
    case "truth":
      return {
        ok: true,
        balance: handle.balance(),
        ...handle.stats(),
        orders: handle.orders(),
        refills: handle.refills(),
      };
  }
  return { ok: true };
}
