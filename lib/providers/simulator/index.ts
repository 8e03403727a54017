// Public surface of the provider simulator.
export { startSimulator } from "./server";
export type { SimAction, SimulatorHandle, SimulatorStats } from "./server";
export type { SimulatorOptions, SimRefillView } from "./core";
export { DEFAULT_CATALOG, type SimService } from "./catalog";
export { FAULT_NAMES, type FaultName, type FaultOptions } from "./faults";
export { DEMO_TIMINGS, type OrderView, type SimTimings } from "./lifecycle";
export type { Dialect } from "./dialect";
export { createSimulatorRemote, SimulatorControlError } from "./remote-control";
