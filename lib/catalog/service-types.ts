// Package types sell at a flat price per order; every other type at a rate per 1000. The one list
// of them: prices (lib/orders/order-charge.ts), refunds and pages all ask here.

/** Service types whose price is a flat rate per order, not per 1000. */
export const PACKAGE_TYPES: readonly string[] = ["Package", "Custom Comments Package"];

export function isPackageType(type: string): boolean {
  return PACKAGE_TYPES.includes(type);
}

/** The unit a rate is shown in: "per 1000" or "per order". */
export function rateUnit(type: string): string {
  return isPackageType(type) ? "per order" : "per 1000";
}
