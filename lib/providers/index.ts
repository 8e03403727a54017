// Public surface of the provider layer.
export { createProviderClient, MAX_IDS_PER_CALL } from "./api-v2-client";
export type { ExchangeEvent, ProviderClient, ProviderClientOptions } from "./api-v2-client";
export type { BatchResult, OutcomeKind, ProviderFailure, ProviderResult } from "./outcome";
export { classifyErrorText } from "./classify";
export * from "./types";
