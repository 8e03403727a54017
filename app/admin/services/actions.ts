"use server";
import { localizeError } from "@/i18n/error-text";
import { getRootTranslator } from "@/i18n/server-translator";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { createCategory, deleteCategory, updateCategory } from "@/lib/catalog/categories";
import { importServices } from "@/lib/catalog/import-services";
import { bulkUpdateServices, updateService } from "@/lib/catalog/manage-services";
import { syncPricesNow } from "@/lib/catalog/sync-prices";
import { recordAudit } from "@/lib/audit/record-audit";
import { runAction } from "@/lib/http/action-result";
import type { BulkActionInput, CategoryInput, ImportInput, ServiceUpdateInput } from "@/lib/validations/catalog";

function refreshCatalog() {
  revalidatePath("/admin/services", "layout");
  revalidatePath("/services");
  revalidatePath("/new-order");
}

export async function importServicesAction(input: ImportInput) {
  return runAction("importServices", async () => {
    const result = await importServices(input, await adminActor());
    refreshCatalog();
    return { created: result.created.length, skipped: result.skipped.length };
  });
}

export async function updateServiceAction(id: number, input: ServiceUpdateInput) {
  return runAction("updateService", async () => {
    await updateService(id, input, await adminActor());
    refreshCatalog();
  });
}

export async function bulkServicesAction(input: BulkActionInput) {
  return runAction("bulkServices", async () => {
    const result = await bulkUpdateServices(input, await adminActor());
    refreshCatalog();
    return { updated: result.updated.length, skipped: result.skipped };
  });
}

export async function syncPricesAction() {
  return runAction("syncPrices", async () => {
    const who = await adminActor();
    const results = await syncPricesNow();
    await recordAudit({ actorId: who.id, ip: who.ip, action: "catalog.sync_prices", targetType: "catalog", after: results });
    refreshCatalog();
    const t = await getRootTranslator();
    return {
      changes: results.reduce((n, r) => n + (r.ok ? r.changes : 0), 0),
      // A provider's own answer passes as it came; the panel's texts in the admin's language.
      failed: results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.ok ? "" : localizeError(t, r.error)}`),
      providers: results.length,
    };
  });
}

export async function createCategoryAction(input: CategoryInput) {
  return runAction("createCategory", async () => {
    await createCategory(input, await adminActor());
    refreshCatalog();
  });
}

export async function updateCategoryAction(id: number, input: CategoryInput) {
  return runAction("updateCategory", async () => {
    const { repriced } = await updateCategory(id, input, await adminActor());
    refreshCatalog();
    return { repriced };
  });
}

export async function deleteCategoryAction(id: number) {
  return runAction("deleteCategory", async () => {
    await deleteCategory(id, await adminActor());
    refreshCatalog();
  });
}
