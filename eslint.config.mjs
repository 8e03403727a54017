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
      allowedStrings: [
        " ",
        "·",
        "—",
        "–",
        "-",
        "/",
        "×",
        "…",
        "%",
        ":",
        "(",
        ")",
        "|",
        "#",
        "+",
        "=",
        "→",
        "←",
        "*",
        "✓",
        "API",
        "ID",
        "URL",
      ],
    },
  ],
  "no-restricted-syntax": [
    "error",
    {
      selector:
        "JSXAttribute[name.name=/^(placeholder|title|alt|label|hint|description|aria-label|emptyText|confirmText)$/] > Literal",
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
const browserDialog =
  "Use useConfirm (components/ui/confirm-dialog.tsx) or a toast instead of the browser's dialogs.";
const noBrowserDialogs = {
  "no-restricted-globals": [
    "error",
    ...["alert", "confirm", "prompt"].map((name) => ({ name, message: browserDialog })),
  ],
  "no-restricted-properties": [
    "error",
    ...["alert", "confirm", "prompt"].map((property) => ({
      object: "window",
      property,
      message: browserDialog,
    })),
  ],
};

// Layers point one way: app -> components -> lib -> db. Each group of files lists every import it
// may not make (a file gets one no-restricted-imports setting, so the groups do not overlap).
// Inside lib imports are relative ("../catalog/markup"), elsewhere "@/..."; the patterns match both.
const noApp = {
  regex: "^(@/app/|(\\.\\./)+app/)",
  message:
    "Nothing imports from app/: move what is shared to components/ or lib/ (server actions live in lib/actions).",
};
const noComponents = {
  regex: "^(@/components/|(\\.\\./)+components/)",
  message: "lib/ never imports a component: move the shared type or helper into lib/.",
};
const noActions = {
  regex: "^(@/lib/actions/|(\\.\\./)+actions/)",
  message:
    "Server actions (lib/actions) sit on top of lib: pages and components call them, domain code does not.",
};
const noScheduler = {
  regex: "^(@/lib/jobs/|(\\.\\./)+jobs/)(scheduler|registry|start-jobs)$",
  message:
    "A domain exports its jobs (type Job from lib/jobs/job.ts); only lib/jobs/registry.ts knows them all, and nothing imports the scheduler back.",
};
const noDbClient = {
  regex: "^@/lib/db(?!/generated/\\w+/enums$)(/.*)?$",
  allowTypeImports: true,
  message:
    "Pages and components reach the database through lib/<domain> functions (types and the generated enums are fine).",
};
const onlyPrimitives = [
  {
    regex: "^\\.\\./(?!money$)",
    allowTypeImports: true,
    message:
      "lib/validations holds schemas: zod, its siblings, lib/money and the error texts, never domain code (types are fine).",
  },
  {
    regex: "^@/(?!i18n/error-text$|lib/money$|lib/validations/)",
    allowTypeImports: true,
    message:
      "lib/validations holds schemas: zod, its siblings, lib/money and the error texts, never domain code (types are fine).",
  },
];
const onlyDbDeps = [
  {
    regex: "^\\.\\./(?!env\\.mjs$|log$)",
    message: "lib/db is the bottom layer: it imports env and log, nothing from the domains.",
  },
  {
    regex: "^@/(?!lib/db/)",
    message: "lib/db is the bottom layer: it imports env and log, nothing from the domains.",
  },
];
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns: patterns.flat() }] });
const layers = [
  { files: ["app/**"], rules: restrict(noDbClient) },
  { files: ["components/**"], rules: restrict(noApp, noDbClient) },
  {
    files: ["lib/**"],
    ignores: ["lib/{actions,jobs,validations,db}/**"],
    rules: restrict(noApp, noComponents, noActions, noScheduler),
  },
  { files: ["lib/actions/**"], rules: restrict(noApp, noComponents, noScheduler) },
  { files: ["lib/jobs/**"], rules: restrict(noApp, noComponents, noActions) },
  { files: ["lib/validations/**"], rules: restrict(noApp, noComponents, onlyPrimitives) },
  { files: ["lib/db/**"], rules: restrict(noApp, noComponents, onlyDbDeps) },
];

const config = [
  ...nextVitals,
  ...nextTs,
  // `const { secret, ...rest } = row` is how a field is left out of a copy.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  // Playwright fixtures receive a callback named `use`, which is not React's hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { files: ["app/**/*.tsx", "components/**/*.tsx"], rules: { ...noUntranslatedText, ...noBrowserDialogs } },
  ...layers,
  {
    ignores: [
      ".next*/**",
      "lib/db/generated/**",
      "data/**",
      "tmp/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
