import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/support/password-reset-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("forgot.title") };
}

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
