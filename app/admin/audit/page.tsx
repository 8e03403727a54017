import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { listAudit, listAuditFacets } from "@/lib/audit/list-audit";
import { requireAdminPage } from "@/lib/auth/session";
import { auditValues } from "@/lib/audit/audit-values";
import { formatDateTime, type MoneyFormat } from "@/lib/format";
import { getSettings } from "@/lib/settings/settings";
import { dateParam, firstParam, pageParam, type SearchParams } from "@/lib/http/url-filters";

export async function generateMetadata() {
  return { title: (await getTranslations("adminAudit"))("title") };
}

const targetHref: Record<string, (id: string) => string> = {
  user: (id) => `/admin/users/${id}`,
  provider: (id) => `/admin/providers/${id}`,
  order: (id) => `/admin/orders/${id}`,
  service: (id) => `/admin/services/${id}`,
};

function Values({ value, money }: { value: string | null; money: MoneyFormat }) {
  const pairs = auditValues(value, money);
  if (pairs.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <dl className="grid max-w-xs grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs">
      {pairs.map(([key, shown]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500">{key}</dt>
          <dd className="break-words text-slate-700">{shown}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const values = {
    actor: firstParam(params, "actor", 254),
    action: firstParam(params, "action", 100),
    target: firstParam(params, "target", 50),
    targetId: firstParam(params, "targetId", 50),
    from: firstParam(params, "from", 10),
    to: firstParam(params, "to", 10),
  };
  const [result, facets] = await Promise.all([
    listAudit({
      actor: values.actor,
      action: values.action,
      targetType: values.target,
      targetId: values.targetId,
      from: dateParam(params, "from"),
      to: dateParam(params, "to"),
      page: pageParam(params),
    }),
    listAuditFacets(),
  ]);
  const [settings, t, locale] = await Promise.all([
    getSettings(),
    getTranslations("adminAudit"),
    getLocale(),
  ]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilters values={values} actions={facets.actions} targetTypes={facets.targetTypes} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("col.when")}</th>
              <th className={th}>{t("col.who")}</th>
              <th className={th}>{t("col.action")}</th>
              <th className={th}>{t("col.target")}</th>
              <th className={th}>{t("col.before")}</th>
              <th className={th}>{t("col.after")}</th>
              <th className={th}>{t("col.ip")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="audit-rows">
            {result.rows.map((r) => (
              <tr key={r.id}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(r.createdAt, locale)}</td>
                <td className={td}>
                  {r.actorId === null ? (
                    <span className="text-slate-500">{t("system")}</span>
                  ) : (
                    <Link href={`/admin/users/${r.actorId}`} className="text-brand-700 hover:underline">
                      {r.actorEmail ?? `#${r.actorId}`}
                    </Link>
                  )}
                </td>
                <td className={`${td} whitespace-nowrap font-medium`}>{r.action}</td>
                <td className={`${td} whitespace-nowrap`}>
                  {r.targetId && targetHref[r.targetType] ? (
                    <Link
                      href={targetHref[r.targetType](r.targetId)}
                      className="text-brand-700 hover:underline"
                    >
                      {r.targetType} #{r.targetId}
                    </Link>
                  ) : (
                    <>
                      {r.targetType}
                      {r.targetId ? ` #${r.targetId}` : ""}
                    </>
                  )}
                </td>
                <td className={td}>
                  <Values value={r.before} money={settings} />
                </td>
                <td className={td}>
                  <Values value={r.after} money={settings} />
                </td>
                <td className={`${td} whitespace-nowrap text-xs`}>{r.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/audit"
        params={values}
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
      />
    </>
  );
}
