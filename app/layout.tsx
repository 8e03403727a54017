import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { Providers } from "@/components/providers";
import { getSettings } from "@/lib/settings/settings";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { panelName } = await getSettings();
  return { title: { default: panelName, template: `%s · ${panelName}` } };
}

// Every page reads live data (settings, balances): nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        {/* Client components get the same language and catalog as the server render. */}
        <NextIntlClientProvider>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
