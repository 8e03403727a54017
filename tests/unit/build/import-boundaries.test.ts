// The layer rules of eslint.config.mjs (app -> components -> lib -> db) refuse an import that
// breaks them and let the ones the layers allow through: each case is linted as if it were the
// named file, with the project's own config.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({
  cwd: path.resolve(import.meta.dirname, "../../.."),
  ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
});

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const refused: [string, string][] = [
  ["components/orders/example.tsx", 'import { placeOrderAction } from "@/app/(customer)/new-order/actions";'],
  ["components/orders/example.tsx", 'import { db } from "@/lib/db";'],
  ["lib/orders/example.ts", 'import { Button } from "@/components/ui/button";'],
  ["lib/orders/example.ts", 'import type { NavItem } from "../../components/shell/app-shell";'],
  ["lib/orders/example.ts", 'import { placeOrderAction } from "../actions/customer/orders";'],
  ["lib/orders/example.ts", 'import { startScheduler } from "../jobs/scheduler";'],
  ["lib/orders/example.ts", 'import { jobs } from "../jobs/registry";'],
  ["lib/validations/example.ts", 'import { priceService } from "../catalog/markup";'],
  ["lib/validations/example.ts", 'import { getSettings } from "@/lib/settings/settings";'],
  ["lib/db/example.ts", 'import { placeOrder } from "../orders/place-order";'],
];

const allowed: [string, string][] = [
  ["app/(customer)/orders/page.tsx", 'import { OrdersView } from "@/components/orders/orders-view";'],
  ["components/orders/example.tsx", 'import { placeOrderAction } from "@/lib/actions/customer/orders";'],
  ["components/orders/example.tsx", 'import type { OrderStatus } from "@/lib/db";'],
  ["lib/orders/example.ts", 'import type { Job } from "../jobs/job";'],
  ["lib/orders/example.ts", 'import { INSTANCE_ID } from "../jobs/lease";'],
  ["lib/jobs/example.ts", 'import { orderJobs } from "../orders/jobs";'],
  ["lib/validations/example.ts", 'import { parseMoney } from "../money";'],
  ["lib/validations/example.ts", 'import type { AddOrderFields } from "../providers/types";'],
  ["lib/actions/admin/example.ts", 'import { adminAction } from "../safe-action";'],
];

describe("import boundaries", () => {
  it.each(refused)(
    "%s may not: %s",
    async (file, code) => {
      expect(await refusals(file, code)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
    },
    60_000,
  );

  it.each(allowed)(
    "%s may: %s",
    async (file, code) => {
      expect(await refusals(file, code)).toEqual([]);
    },
    60_000,
  );
});
