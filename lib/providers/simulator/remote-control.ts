// Steers a simulator running in another process through its /__control endpoint (end-to-end
// tests drive the app's demo provider this way).
import type { ControlCommand } from "./control";
import type { FaultName, FaultOptions } from "./faults";

export class SimulatorControlError extends Error {}

export function createSimulatorRemote(controlUrl: string, controlToken: string) {
  async function send(command: ControlCommand): Promise<unknown> {
    const response = await fetch(controlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-control-token": controlToken },
      body: JSON.stringify(command),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok)
      throw new SimulatorControlError(`simulator control ${command.op} failed: HTTP ${response.status}`);
    return body;
  }
  return {
    setFault: (action: string, fault: FaultName, options?: FaultOptions) =>
      send({ op: "setFault", action, fault, options }),
    clearFaults: () => send({ op: "clearFaults" }),
    advance: (ms: number) => send({ op: "advance", ms }),
    setRate: (serviceId: number, rate: string) => send({ op: "setRate", serviceId, rate }),
    removeService: (serviceId: number) => send({ op: "removeService", serviceId }),
    setBalance: (units: bigint) => send({ op: "setBalance", units: units.toString() }),
    setDialect: (dialect: "standard" | "sloppy") => send({ op: "setDialect", dialect }),
    /** Balance (units as a string), counters, orders and refills as the simulator sees them. */
    truth: () => send({ op: "truth" }),
  };
}
