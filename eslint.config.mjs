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
      allowedStrings: [" ", "·", "—", "–", "-", "/", "×", "…", "%", ":", "(", ")", "|", "#", "+", "=", "→", "←", "*", "✓", "API", "ID", "URL"],
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
  "app/admin/audit/page.tsx",
  "app/admin/orders/\\[id\\]/page.tsx",
  "app/admin/orders/page.tsx",
  "app/admin/page.tsx",
  "app/admin/payments/page.tsx",
  "app/admin/users/\\[id\\]/page.tsx",
  "app/admin/users/ledger-differences/page.tsx",
  "app/admin/users/page.tsx",
  "components/admin/audit/audit-filters.tsx",
  "components/admin/dashboard/needs-attention.tsx",
  "components/admin/dashboard/period-table.tsx",
  "components/admin/payments/payment-review.tsx",
  "components/admin/payments/payment-status.tsx",
  "components/admin/users/balance-form.tsx",
  "components/admin/users/price-form.tsx",
  "components/admin/users/user-access.tsx",
  "components/admin/users/user-filters.tsx",
  "components/orders/admin-order-actions.tsx",
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
