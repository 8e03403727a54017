"use server";
// The catalog: importing a provider's services, editing one or many, categories, price sync.
import { revalidatePath } from "next/cache";
import { localizeError } from "@/i18n/error-text";
import { getRootTranslator } from "@/i18n/server-translator";
import { recordAudit } from "@/lib/audit/record-audit";
import { createCategory, deleteCategory, updateCategory } from "@/lib/catalog/categories";
import { importServices } from "@/lib/catalog/import-services";
import { bulkUpdateServices, updateService } from "@/lib/catalog/manage-services";
import { syncPricesNow } from "@/lib/catalog/sync-prices";
import type {
  BulkActionInput,
  CategoryInput,
  ImportInput,
  ServiceUpdateInput,
} from "@/lib/validations/catalog";
import { idSchema } from "@/lib/validations/id";
import { adminAction, parsedByDomain } from "../safe-action";

function refreshCatalog() {
  revalidatePath("/admin/services", "layout");
  revalidatePath("/services");
  revalidatePath("/new-order");
}

export const importServicesAction = adminAction(
  "importServices",
  [parsedByDomain<ImportInput>()],
  async (who, input) => {
    const result = await importServices(input, who);
    refreshCatalog();
    return { created: result.created.length, skipped: result.skipped.length };
  },
);

export const updateServiceAction = adminAction(
  "updateService",
  [idSchema, parsedByDomain<ServiceUpdateInput>()],
  async (who, id, input) => {
    await updateService(id, input, who);
    refreshCatalog();
  },
);

export const bulkServicesAction = adminAction(
  "bulkServices",
  [parsedByDomain<BulkActionInput>()],
  async (who, input) => {
    const result = await bulkUpdateServices(input, who);
    refreshCatalog();
    return { updated: result.updated.length, skipped: result.skipped };
  },
);

export const syncPricesAction = adminAction("syncPrices", [], async (who) => {
  const results = await syncPricesNow();
  await recordAudit({
    actorId: who.id,
    ip: who.ip,
    action: "catalog.sync_prices",
    targetType: "catalog",
    after: results,
  });
  refreshCatalog();
  const t = await getRootTranslator();
  return {
    changes: results.reduce((n, r) => n + (r.ok ? r.changes : 0), 0),
    // A provider's own answer passes as it came; the panel's texts in the admin's language.
    failed: results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.ok ? "" : localizeError(t, r.error)}`),
    providers: results.length,
  };
});

export const createCategoryAction = adminAction(
  "createCategory",
  [parsedByDomain<CategoryInput>()],
  async (who, input) => {
    await createCategory(input, who);
    refreshCatalog();
  },
);

export const updateCategoryAction = adminAction(
  "updateCategory",
  [idSchema, parsedByDomain<CategoryInput>()],
  async (who, id, input) => {
    const { repriced } = await updateCategory(id, input, who);
    refreshCatalog();
    return { repriced };
  },
);

export const deleteCategoryAction = adminAction("deleteCategory", [idSchema], async (who, id) => {
  await deleteCategory(id, who);
  refreshCatalog();
});
