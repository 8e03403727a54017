// Deposit bonus rules: "+5% from 100". The highest-threshold active rule a credit reaches applies.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { NotFoundError } from "../errors";
import { moneyInput } from "../validations/money";
import { percentToBps } from "./decimal";

export async function bonusBpsFor(tx: Tx, credited: bigint): Promise<number> {
  const rule = await tx.depositBonusRule.findFirst({
    where: { active: true, minAmount: { lte: credited } },
    orderBy: { minAmount: "desc" },
  });
  return rule?.percentBps ?? 0;
}

export const bonusRuleSchema = z.object({
  minAmount: moneyInput({ message: "An amount like 100 or 12.50", decimals: 2 }),
  percent: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const bps = percentToBps(text);
      if (bps === null || bps === 0 || bps > 10_000) {
        ctx.addIssue({ code: "custom", message: "A percent above 0 and up to 100, like 5 or 2.5" });
        return z.NEVER;
      }
      return bps;
    }),
});

export function listBonusRules() {
  return db.depositBonusRule.findMany({ orderBy: [{ active: "desc" }, { minAmount: "asc" }] });
}

export async function createBonusRule(
  input: z.input<typeof bonusRuleSchema>,
  actor: { id: number; ip?: string },
) {
  const data = bonusRuleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const rule = await tx.depositBonusRule.create({
      data: { minAmount: data.minAmount, percentBps: data.percent },
    });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "bonus-rule.create",
        targetType: "bonus-rule",
        targetId: rule.id,
        after: rule,
      },
      tx,
    );
    return rule;
  });
}

export async function setBonusRuleActive(id: number, active: boolean, actor: { id: number; ip?: string }) {
  await db.$transaction(async (tx) => {
    const moved = await tx.depositBonusRule.updateMany({ where: { id }, data: { active } });
    if (moved.count === 0) throw new NotFoundError("Bonus rule not found");
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: active ? "bonus-rule.enable" : "bonus-rule.disable",
        targetType: "bonus-rule",
        targetId: id,
      },
      tx,
    );
  });
}
