// The customer's mail settings on the account page: the opt-in for order mails and whether the
// address is confirmed (and whether the owner requires it).
import { db } from "../db";
import { getSettings } from "../settings/settings";

export async function getMailPreferences(userId: number) {
  const [user, { emailVerification }] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { orderMails: true, emailVerifiedAt: true } }),
    getSettings(),
  ]);
  return {
    orderMails: user.orderMails,
    verified: user.emailVerifiedAt !== null,
    verification: emailVerification,
  };
}

export async function setOrderMails(userId: number, on: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { orderMails: on === true } });
}
