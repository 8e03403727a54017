// bcrypt ignores bytes past 72: a longer password would let anything sharing its first 72 bytes
// sign in, so new passwords stop at 72 bytes (existing hashes keep working unchanged).
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordSchema, signInSchema, signUpSchema } from "@/lib/validations/user";

const base = "a1".repeat(36); // 72 bytes

describe("password length", () => {
  it("accepts 72 bytes and refuses 73 for a new password", () => {
    expect(signUpSchema.safeParse({ email: "a@b.co", password: base })).toMatchObject({ success: true });
    const tooLong = signUpSchema.safeParse({ email: "a@b.co", password: `${base}x` });
    expect(tooLong.error?.issues.map((i) => i.message)).toEqual([
      "Password must be at most 72 bytes (72 plain letters and digits; fewer with accents or emoji)",
    ]);
    expect(changePasswordSchema.safeParse({ current: "x", next: `${base}-other-ending-1` })).toMatchObject({
      success: false,
    });
  });

  it("counts bytes, not characters (Vietnamese letters take two or three)", () => {
    const vietnamese = "mậtkhẩu1".repeat(7); // 56 characters, 84 bytes
    expect(vietnamese.length).toBeLessThan(72);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: vietnamese })).toMatchObject({
      success: false,
    });
  });

  it("still lets an existing long password sign in", async () => {
    const long = `${base}-set-before-the-limit-9`;
    expect(signInSchema.safeParse({ email: "a@b.co", password: long })).toMatchObject({ success: true });
    expect(await verifyPassword(long, await hashPassword(long))).toBe(true);
  });
});
