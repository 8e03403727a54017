import type { Metadata, Viewport } from "next";
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
