import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Pages speak the reader's language: text shown to people comes from messages/<locale>/*.json
// (useTranslations / getTranslations), never from a literal in a page or component.
const noUntranslatedText = {
  "react/jsx-no-literals": [
    "error",
    {
      noStrings: true,
      ignoreProps: true,
      // Punctuation and symbols that read the same in every language.
      allowedStrings: [" ", "·", "—", "–", "-", "/", "×", "…", "%", ":", "(", ")", "|", "#", "+", "=", "→", "←", "*", "API", "ID", "URL"],
    },
  ],
  "no-restricted-syntax": [
    "error",
    {
      selector: "JSXAttribute[name.name=/^(placeholder|title|alt|label|hint|description|aria-label|emptyText|confirmText)$/] > Literal",
      message: "Text for people comes from the message catalog (messages/<locale>/*.json).",
    },
    {
      selector: "CallExpression[callee.object.name='toast'] > Literal:first-child",
      message: "Toast text comes from the message catalog (messages/<locale>/*.json).",
    },
  ],
};

// Pages not translated yet. This list only shrinks; it is empty when every page is translated.
const untranslated = [
  "app/(customer)/add-funds/page.tsx",
  "app/(customer)/api-access/page.tsx",
  "app/(customer)/mass-order/page.tsx",
  "app/(customer)/refills/page.tsx",
  "app/(customer)/services/page.tsx",
  "app/(customer)/transactions/page.tsx",
  "app/admin/providers/\\[id\\]/page.tsx",
  "app/admin/providers/new/page.tsx",
  "app/admin/providers/page.tsx",
  "app/admin/services/\\[id\\]/page.tsx",
  "app/admin/services/categories/page.tsx",
  "app/admin/services/import/page.tsx",
  "app/admin/services/page.tsx",
  "app/admin/services/sync-log/page.tsx",
  "app/admin/settings/page.tsx",
  "components/add-funds/add-funds-form.tsx",
  "components/add-funds/instructions.tsx",
  "components/admin/exchange-log-table.tsx",
  "components/admin/provider-actions.tsx",
  "components/admin/provider-form.tsx",
  "components/admin/settings/settings-form.tsx",
  "components/api-access/api-docs.tsx",
  "components/api-access/api-key-panel.tsx",
  "components/api-access/copy-button.tsx",
  "components/catalog/admin-services-table.tsx",
  "components/catalog/catalog-table.tsx",
  "components/catalog/category-editor.tsx",
  "components/catalog/import-preview.tsx",
  "components/catalog/service-form.tsx",
  "components/catalog/sync-prices-button.tsx",
  "components/ledger/ledger-table.tsx",
  "components/orders/mass-order-form.tsx",
];

const config = [
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures receive a callback named `use`, which is not React's hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { files: ["app/**/*.tsx", "components/**/*.tsx"], ignores: untranslated, rules: noUntranslatedText },
  { ignores: [".next*/**", "lib/db/generated/**", "data/**", "tmp/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
