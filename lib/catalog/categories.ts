// Categories of the panel catalog: created on import from the provider's category names,
// renamed, ordered and given a markup override by the admin. A markup change re-prices the
// services that follow the category rule at once.
import { db, isUniqueViolation, type Tx } from "../db";
import { recordAudit, type ActorOrPanel as Actor } from "../audit/record-audit";
import { AppError, NotFoundError } from "../errors";
import { categorySchema, type CategoryInput } from "../validations/catalog";
import { loadPricing } from "./load-pricing";
import { repriceService, WITH_COST } from "./reprice";

/** The category with this name, created at the end of the list when new. */
export async function ensureCategory(tx: Tx, name: string): Promise<{ id: number; name: string }> {
  const existing = await tx.category.findUnique({ where: { name } });
  if (existing) return existing;
  const last = await tx.category.aggregate({ _max: { sortOrder: true } });
  return tx.category.create({ data: { name, sortOrder: (last._max.sortOrder ?? 0) + 10 } });
}

export async function listCategories() {
  const categories = await db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    include: { _count: { select: { services: true } } },
  });
  return categories.map((c) => ({ ...c, serviceCount: c._count.services }));
}

export async function createCategory(input: CategoryInput, actor: Actor) {
  const data = categorySchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const category = await tx.category.create({ data });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "category.create",
          targetType: "category",
          targetId: category.id,
          after: category,
        },
        tx,
      );
      return category;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("A category with this name already exists", "name_taken", "name");
    throw error;
  }
}

export async function updateCategory(id: number, input: CategoryInput, actor: Actor) {
  const data = categorySchema.parse(input);
  const defaults = await loadPricing();
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.category.findUnique({ where: { id } });
      if (!before) throw new NotFoundError("Category not found");
      const after = await tx.category.update({ where: { id }, data });
      let repriced = 0;
      if (before.markupPercent !== after.markupPercent || before.markupFixed !== after.markupFixed) {
        const services = await tx.service.findMany({ where: { categoryId: id }, include: WITH_COST });
        for (const service of services)
          if ((await repriceService(tx, service, defaults)).length > 0) repriced++;
      }
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "category.update",
          targetType: "category",
          targetId: id,
          before,
          after: { ...after, repriced },
        },
        tx,
      );
      return { category: after, repriced };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("A category with this name already exists", "name_taken", "name");
    throw error;
  }
}

export async function deleteCategory(id: number, actor: Actor) {
  await db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({
      where: { id },
      include: { _count: { select: { services: true } } },
    });
    if (!category) throw new NotFoundError("Category not found");
    if (category._count.services > 0)
      throw new AppError("Move this category's services elsewhere first", "category_in_use");
    await tx.category.delete({ where: { id } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "category.delete",
        targetType: "category",
        targetId: id,
        before: category,
      },
      tx,
    );
  });
}
