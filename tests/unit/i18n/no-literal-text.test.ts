// The lint rule that keeps text out of pages really fires on pages and components.
import { ESLint } from "eslint";
import path from "node:path";
import { expect, test } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../../..") });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

test("literal text in a page, a label or a toast is an error; catalog text is not", async () => {
  const page = `export default function P() { return <main><h1>Orders</h1><input placeholder="Search" /></main>; }\n`;
  expect(await ruleIds(page, "app/(customer)/example/page.tsx")).toEqual([
    "react/jsx-no-literals",
    "no-restricted-syntax",
  ]);
  const toast = `import { toast } from "sonner";\nexport function B() { return <button onClick={() => toast.success("Saved")}>{"x"}</button>; }\n`;
  expect(await ruleIds(toast, "components/example/b.tsx")).toContain("no-restricted-syntax");
  const good = `import { useTranslations } from "next-intl";\nexport function C() { const t = useTranslations("orders"); return <h1 title={t("title")}>{t("title")} · {t("count")}</h1>; }\n`;
  expect(await ruleIds(good, "components/example/c.tsx")).toEqual([]);
}, 60_000);
