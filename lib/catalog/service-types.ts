// Package types sell at a flat price per order; every other type at a rate per 1000.
const PACKAGE_TYPES = new Set(["Package", "Custom Comments Package"]);

export function isPackageType(type: string): boolean {
  return PACKAGE_TYPES.has(type);
}

/** The unit a rate is shown in: "per 1000" or "per order". */
export function rateUnit(type: string): string {
  return isPackageType(type) ? "per order" : "per 1000";
}
