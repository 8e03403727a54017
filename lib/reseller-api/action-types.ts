// What an API action is: its name, which limit it counts against, how it runs, and how it is
// documented. The handler and the API page read the same definitions (actions.ts).
import type { ApiParams } from "./read-params";

export type ApiCaller = { userId: number; balance: bigint };

export type ApiContext = {
  caller: ApiCaller;
  params: ApiParams;
  /** The panel currency code ("USD"), read once per request when an answer shows money. */
  currency(): Promise<string>;
};

export type ApiParamDoc = { name: string; description: string; example: string; optional?: boolean };

/** One way to call an action (e.g. status of one order, or of many), with an example answer. */
export type ApiActionForm = {
  title: string;
  params: ApiParamDoc[];
  response: unknown;
  note?: string;
  /** Add forms: the service types it is for; the API page puts this panel's own service id of the first in the example. */
  serviceTypes?: string[];
};

export type ApiActionDefinition = {
  name: string;
  /** "add" places orders and has its own, lower limit; everything else is a read. */
  kind: "add" | "read";
  title: string;
  description: string;
  forms: ApiActionForm[];
  run(context: ApiContext): Promise<unknown>;
};
