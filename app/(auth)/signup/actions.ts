"use server";
import { cookies } from "next/headers";
import { DEVICE_COOKIE, newDeviceId, REFERRAL_COOKIE } from "@/lib/affiliates/referral";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { signUp } from "@/lib/users/sign-up";
import { signUpSchema, type SignUpInput } from "@/lib/validations/user";

export async function signUpAction(input: SignUpInput) {
  return runAction("signUp", async () => {
    const jar = await cookies();
    const device = jar.get(DEVICE_COOKIE)?.value ?? newDeviceId();
    await signUp(signUpSchema.parse(input), { ip: await requestIp(), code: jar.get(REFERRAL_COOKIE)?.value, device });
    jar.set(DEVICE_COOKIE, device, { httpOnly: true, sameSite: "lax", maxAge: 365 * 86_400, path: "/" });
    jar.delete(REFERRAL_COOKIE);
  });
}
