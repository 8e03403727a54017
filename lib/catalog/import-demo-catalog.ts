// First run: a panel with no services yet gets the Demo provider's whole catalog at the default
// markup, so a fresh install has something to browse and order.
import { db } from "../db";
import { log } from "../log";
import { importWholeCatalog } from "./import-services";

export async function importDemoCatalog(providerId: number): Promise<number> {
  if ((await db.service.count()) > 0) return 0;
  try {
    const result = await importWholeCatalog(providerId, { id: null });
    console.log(`upline: imported ${result.created.length} services from the Demo provider`);
    return result.created.length;
  } catch (error) {
    // The panel still starts; the admin can import from the Demo provider later.
    log.warn("could not import the Demo provider's catalog", { error });
    return 0;
  }
}
