// What an order charges at a rate: the one rule behind the charge placeOrder takes and the price
// the new-order form shows. Package types cost their rate per order; the rest are priced per 1000
// items, rounded up to a whole unit (lib/money.ts chargeFor). Pure, so the form can import it.
import { isPackageType } from "../catalog/service-types";
import { chargeFor } from "../money";

/** `quantity` items of a service of this type at `rate` (units per 1000, or per order for packages). */
export function orderCharge(serviceType: string, rate: bigint, quantity: number): bigint {
  return isPackageType(serviceType) ? rate : chargeFor(rate, quantity);
}
