// Percentages as people type them ("12.5"), kept exactly as basis points (1250).

/** "12.5" -> 1250 basis points; null when not a percent with at most 2 decimals. */
export function parsePercentBps(text: string): number | null {
  const match = /^(\d{1,5})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}
