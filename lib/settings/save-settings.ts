// The admin's settings form: validates the whole set with the schema, writes only what changed
// and audits it (before -> after) in the same transaction. Effective on the next request.
import { errorMessages } from "@/i18n/error-text";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { AppError } from "../errors";
import { assertOutboundUrl } from "../http/outbound-access";
import { parseMoney } from "../money";
import { settingsSchema, type Settings } from "./schema";
import { getSettings, updateSettings } from "./settings";

export async function saveSettings(
  input: Record<string, unknown>,
  actor: { id: number; ip?: string },
): Promise<{ changed: string[] }> {
  const known = Object.keys(settingsSchema.shape);
  const picked = Object.fromEntries(Object.entries(input ?? {}).filter(([key]) => known.includes(key)));
  // A changed feed URL passes the outbound-URL rule first, under the private-address choice being saved.
  const stored = await getSettings();
  const wanted = settingsSchema.safeParse({ ...stored, ...picked });
  if (wanted.success && wanted.data.rateRefreshUrl && wanted.data.rateRefreshUrl !== stored.rateRefreshUrl) {
    await assertOutboundUrl(wanted.data.rateRefreshUrl, "rateRefreshUrl", {
      ownerAllows: wanted.data.allowPrivateProviderUrls,
    });
  }
  return db.$transaction(async (tx) => {
    const current = await getSettings(tx);
    const next = settingsSchema.parse({ ...current, ...picked });
    const min = parseMoney(next.minDeposit);
    const max = parseMoney(next.maxDeposit);
    if (min !== null && max !== null && min > max)
      throw new AppError("The maximum deposit must not be below the minimum", "invalid", "maxDeposit");
    // Requiring two-factor of admins while lacking it would send the owner away from this very page.
    if (next.requireAdminTwoFactor && !current.requireAdminTwoFactor) {
      const own = await tx.twoFactor.findUnique({ where: { userId: actor.id }, select: { enabledAt: true } });
      if (!own?.enabledAt)
        throw new AppError(errorMessages.twoFactor.enableOwnFirst, "two_factor_off", "requireAdminTwoFactor");
    }

    const changed = known.filter(
      (key) => JSON.stringify(current[key as keyof Settings]) !== JSON.stringify(next[key as keyof Settings]),
    );
    if (changed.length === 0) return { changed };
    const pick = (s: Settings) => Object.fromEntries(changed.map((k) => [k, s[k as keyof Settings]]));
    await updateSettings(pick(next) as Partial<Settings>, tx);
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "settings.update",
        targetType: "settings",
        before: pick(current),
        after: pick(next),
      },
      tx,
    );
    return { changed };
  });
}
