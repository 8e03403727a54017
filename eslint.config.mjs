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

// Questions and notices go through the panel's own dialog (useConfirm) or a toast: the browser's
// confirm/alert/prompt cannot be styled or translated and freeze the page.
const browserDialog = "Use useConfirm (components/ui/confirm-dialog.tsx) or a toast instead of the browser's dialogs.";
const noBrowserDialogs = {
  "no-restricted-globals": ["error", ...["alert", "confirm", "prompt"].map((name) => ({ name, message: browserDialog }))],
  "no-restricted-properties": ["error", ...["alert", "confirm", "prompt"].map((property) => ({ object: "window", property, message: browserDialog }))],
};

const config = [
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures receive a callback named `use`, which is not React's hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { files: ["app/**/*.tsx", "components/**/*.tsx"], rules: { ...noUntranslatedText, ...noBrowserDialogs } },
  { ignores: [".next*/**", "lib/db/generated/**", "data/**", "tmp/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
