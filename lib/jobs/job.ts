// What a domain hands the scheduler: a named task and its interval. Domains import this type,
// never the scheduler or the registry (lib/jobs/registry.ts lists every domain's jobs).
export type Job = {
  name: string;
  /** Milliseconds between runs; read before every run so settings apply without a restart. */
  intervalMs: () => Promise<number> | number;
  run: () => Promise<unknown>;
};
