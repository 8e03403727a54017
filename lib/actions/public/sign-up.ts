"use server";
// Signing up: the referral code and the device id come from cookies set by /r/<code>.
import { cookies } from "next/headers";
import { DEVICE_COOKIE, newDeviceId, REFERRAL_COOKIE } from "@/lib/affiliates/referral";
import { signUp } from "@/lib/users/sign-up";
import { signUpSchema } from "@/lib/validations/user";
import { publicAction } from "../safe-action";

export const signUpAction = publicAction("signUp", [signUpSchema], async ({ ip }, input) => {
  const jar = await cookies();
  const device = jar.get(DEVICE_COOKIE)?.value ?? newDeviceId();
  await signUp(input, { ip, code: jar.get(REFERRAL_COOKIE)?.value, device });
  jar.set(DEVICE_COOKIE, device, { httpOnly: true, sameSite: "lax", maxAge: 365 * 86_400, path: "/" });
  jar.delete(REFERRAL_COOKIE);
});
