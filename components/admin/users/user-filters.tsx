// The users list's filters: a plain GET form, so the filters live in the URL.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type Values = { q?: string; role?: string; status?: string; sort?: string; dir?: string };

const selectClass = `${inputClass} w-auto`;

export function UserFilters({ values }: { values: Values }) {
  return (
    <form method="get" action="/admin/users" className="mb-4 flex flex-wrap items-end gap-3" role="search">
      <div className="min-w-56 flex-1">
        <label htmlFor="user-q" className="mb-1 block text-sm font-medium text-slate-700">Search</label>
        <input id="user-q" name="q" defaultValue={values.q} placeholder="Email or user id" className={inputClass} />
      </div>
      <div>
        <label htmlFor="user-role" className="mb-1 block text-sm font-medium text-slate-700">Role</label>
        <select id="user-role" name="role" defaultValue={values.role ?? ""} className={selectClass}>
          <option value="">Any</option>
          <option value="CUSTOMER">Customer</option>
          <option value="ADMIN">Admin</option>
        </select>
      </div>
      <div>
        <label htmlFor="user-status" className="mb-1 block text-sm font-medium text-slate-700">Status</label>
        <select id="user-status" name="status" defaultValue={values.status ?? ""} className={selectClass}>
          <option value="">Any</option>
          <option value="ACTIVE">Active</option>
          <option value="SUSPENDED">Suspended</option>
        </select>
      </div>
      <div>
        <label htmlFor="user-sort" className="mb-1 block text-sm font-medium text-slate-700">Sort by</label>
        <select id="user-sort" name="sort" defaultValue={values.sort ?? "created"} className={selectClass}>
          <option value="created">Created</option>
          <option value="balance">Balance</option>
          <option value="spent">Spent</option>
          <option value="lastLogin">Last sign-in</option>
        </select>
      </div>
      <div>
        <label htmlFor="user-dir" className="mb-1 block text-sm font-medium text-slate-700">Order</label>
        <select id="user-dir" name="dir" defaultValue={values.dir ?? "desc"} className={selectClass}>
          <option value="desc">Highest / newest first</option>
          <option value="asc">Lowest / oldest first</option>
        </select>
      </div>
      <button type="submit" className={buttonClass()}>Apply</button>
      <Link href="/admin/users" className={buttonClass("ghost")}>Reset</Link>
    </form>
  );
}
