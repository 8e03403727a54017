// Importing the env module validates every variable when the app builds or starts.
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env.mjs";
import { buildTsconfigPath } from "./lib/build/build-tsconfig.mjs";

// next-intl reads the language of each request from i18n/request.ts (no locale in the URL).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "pg", "bcryptjs"],
  distDir: env.BUILD_DIR,
  poweredByHeader: false,
  // `npm run typecheck` (run by CI) checks types; the build skips a second, slower pass.
  typescript: {
    ignoreBuildErrors: true,
    tsconfigPath: buildTsconfigPath(import.meta.dirname, env.BUILD_DIR),
  },
  typedRoutes: false,
  // Next's own "remove the trailing slash" redirect, written out below so it can spare /api/v2/:
  // API clients that post there (WooCommerce connectors) are answered, not redirected (proxy.ts).
  skipTrailingSlashRedirect: true,
  async redirects() {
    return [{ source: "/:path((?!api/v2/$)(?:[^/]+/)*[^/]+)/", destination: "/:path", permanent: true }];
  },
};

export default withNextIntl(nextConfig);
