// Ops CLI for panel owners: `npm run cli -- <command> [--flags]`.
// Errors are one clear line and a non-zero exit.
import "./load-dotenv";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { db, LedgerType, Role } from "../lib/db";
import { env } from "../lib/env.mjs";
import { isExpectedError } from "../lib/errors";
import { reconcileMoney } from "../lib/ledger/reconcile";
import { reverseDeposit } from "../lib/ledger/reverse-deposit";
import { reverseGatewayDeposit } from "../lib/payments/reverse-gateway-deposit";
import { backupDatabase, restoreDatabase } from "../lib/ops/backup";
import { adjustBalance } from "../lib/ledger/adjust-balance";
import { parseMoney, formatMoney } from "../lib/money";
import { issueApiKey } from "../lib/reseller-api/api-keys";
import { resetTwoFactor } from "../lib/two-factor/disable";
import { createUser } from "../lib/users/create-user";
import { transferOwnership } from "../lib/users/transfer-ownership";
import { emailSchema } from "../lib/validations/user";

const USAGE = `Usage: npm run cli -- <command>
  create-admin --email E --password P            (the panel's owner when it has none yet)
  transfer-ownership --email E                   (hands the owner role over; the old owner stays an admin)
  create-user  --email E --password P
  add-funds    --email E --amount A --note N     (A in the panel currency, e.g. 25.50)
  api-key      --email E                         (prints a new reseller API key)
  two-factor-off --email E                       (for a user who lost their phone and recovery codes)
  reverse-deposit --deposit ID --reason R        (chargeback: takes back a gateway deposit with its bonus, coupon and commission)
  reverse-deposit --entry ID --reason R          (the same for a DEPOSIT ledger row, e.g. an approved payment request)
  reconcile                                       (balances, orders, spent, payments and affiliate balances vs their ledgers)
  backup       [--to FILE]                        (online copy of the SQLite database)
  restore      --from FILE                        (puts a backup back; the panel must be stopped)`;

class UsageError extends Error {}

function need(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

async function userByEmail(email: string) {
  const user = await db.user.findUnique({ where: { email: emailSchema.parse(email) } });
  if (!user) throw new UsageError(`no user with email ${email}`);
  return user;
}

const commands: Record<string, (v: Record<string, string | undefined>) => Promise<number>> = {
  async "create-admin"(v) {
    const role = (await db.user.count({ where: { role: Role.OWNER } })) === 0 ? Role.OWNER : Role.ADMIN;
    const user = await createUser({ email: need(v, "email"), password: need(v, "password"), role });
    console.log(`created ${role === Role.OWNER ? "owner" : "admin"} #${user.id} ${user.email}`);
    return 0;
  },
  async "create-user"(v) {
    const user = await createUser({ email: need(v, "email"), password: need(v, "password") });
    console.log(`created user #${user.id} ${user.email}`);
    return 0;
  },
  async "add-funds"(v) {
    const user = await userByEmail(need(v, "email"));
    const amount = parseMoney(need(v, "amount"));
    if (amount === null || amount <= 0n)
      throw new UsageError("--amount must be a positive amount with at most 5 decimals");
    const { balanceAfter } = await adjustBalance({
      userId: user.id,
      amount,
      reason: need(v, "note"),
      type: LedgerType.DEPOSIT,
    });
    console.log(`added ${formatMoney(amount)} to ${user.email}; balance ${formatMoney(balanceAfter)}`);
    return 0;
  },
  async "api-key"(v) {
    const user = await userByEmail(need(v, "email"));
    const { key } = await issueApiKey(user.id);
    console.log(key);
    return 0;
  },
  async "transfer-ownership"(v) {
    const owner = await transferOwnership(need(v, "email"));
    console.log(`${owner.email} is now the owner`);
    return 0;
  },
  async "two-factor-off"(v) {
    const user = await userByEmail(need(v, "email"));
    const removed = await resetTwoFactor(user.id, { id: null });
    console.log(
      removed
        ? `two-factor sign-in is off for ${user.email}; they sign in with their password alone`
        : `two-factor sign-in was not on for ${user.email}`,
    );
    return 0;
  },
  async "reverse-deposit"(v) {
    const reason = need(v, "reason");
    const id = (name: string) => {
      const n = Number(v[name]);
      if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive id`);
      return n;
    };
    if (v.deposit) {
      const { reversed, code } = await reverseGatewayDeposit(id("deposit"), { reason }, { id: null });
      console.log(`reversed deposit ${code}: ${formatMoney(reversed)} taken back`);
    } else if (v.entry) {
      const { balanceAfter } = await reverseDeposit(id("entry"), reason, { id: null });
      console.log(`reversed ledger entry #${v.entry}; balance ${formatMoney(balanceAfter)}`);
    } else {
      throw new UsageError("--deposit or --entry is required");
    }
    return 0;
  },
  async backup(v) {
    const { file, bytes } = await backupDatabase(env.DATABASE_URL, v.to);
    console.log(`backed up to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MiB)`);
    return 0;
  },
  async restore(v) {
    const { file } = await restoreDatabase(env.DATABASE_URL, need(v, "from"));
    console.log(`restored ${file} from ${v.from}; run \`npm run cli -- reconcile\` to check balances`);
    return 0;
  },
  async reconcile() {
    const differences = await reconcileMoney();
    if (differences.length === 0) {
      console.log(
        "money reconciles: balances, spent, order charges and refunds, payments, affiliate balances (0 differences)",
      );
      return 0;
    }
    for (const d of differences) console.log(`${d.kind}: ${d.detail}`);
    console.log(`${differences.length} difference(s)`);
    return 1;
  },
};

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const handler = command ? commands[command] : undefined;
  if (!handler) {
    console.error(command ? `unknown command: ${command}\n${USAGE}` : USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      amount: { type: "string" },
      note: { type: "string" },
      to: { type: "string" },
      from: { type: "string" },
      deposit: { type: "string" },
      entry: { type: "string" },
      reason: { type: "string" },
    },
    strict: true,
  });
  return handler(values);
}

main()
  .then((code) => (process.exitCode = code))
  .catch((error) => {
    const message =
      error instanceof ZodError
        ? (error.issues[0]?.message ?? "invalid input")
        : isExpectedError(error) ||
            error instanceof UsageError ||
            (error instanceof TypeError && "code" in error)
          ? error.message
          : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`error: ${message}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
