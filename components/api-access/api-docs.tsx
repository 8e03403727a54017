// The API documentation, rendered from the same action table the /api/v2 handler runs
// (lib/reseller-api/actions.ts): parameters, curl and PHP requests and example answers. The prose
// is in the reader's language (apiDocs.json); names, values, error texts and answers stay as the
// API sends them.
import { useTranslations } from "next-intl";
import { localizeApiDoc } from "@/i18n/api-docs-text";
import { Card } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { API_ACTIONS } from "@/lib/reseller-api/actions";
import type { ApiActionForm } from "@/lib/reseller-api/action-types";
import { API_ERRORS } from "@/lib/reseller-api/api-errors";
import { curlExample, phpExample, type ServiceIdsByType } from "@/lib/reseller-api/examples";
import type { ApiLimitConfig } from "@/lib/reseller-api/limits";
import { CopyButton } from "./copy-button";

/** Example answers show "USD"; the panel's own currency replaces it. */
function exampleJson(value: unknown, currency: string): string {
  return JSON.stringify(value, null, 2).replaceAll('"USD"', JSON.stringify(currency));
}

/** The API's own words (parameter and field names, languages of the examples): the same for every reader. */
const API_WORDS = { key: "key", action: "action", error: "error", curl: "curl", php: "PHP" } as const;

type Texts = { t: ReturnType<typeof useTranslations<"apiAccess">>; doc: (text: string) => string };

function Code({ title, code }: { title: string; code: string }) {
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-center justify-between gap-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</span>
        <CopyButton text={code} />
      </div>
      {/* Focusable so a keyboard can scroll a long example (axe scrollable-region-focusable). */}
      <pre
        tabIndex={0}
        className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}

function FormDoc({
  action,
  form,
  url,
  currency,
  serviceIds,
  texts: { t, doc },
}: {
  action: string;
  form: ApiActionForm;
  url: string;
  currency: string;
  serviceIds: ServiceIdsByType;
  texts: Texts;
}) {
  return (
    <div className="space-y-3 border-t border-slate-100 pt-4 first:border-0 first:pt-0">
      <h3 className="text-sm font-semibold text-slate-800">{doc(form.title)}</h3>
      <Table>
        <thead>
          <tr>
            <th className={th}>{t("parameter")}</th>
            <th className={th}>{t("parameterDescription")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <tr>
            <td className={`${td} font-mono`}>{API_WORDS.key}</td>
            <td className={td}>{t("keyParam")}</td>
          </tr>
          <tr>
            <td className={`${td} font-mono`}>{API_WORDS.action}</td>
            <td className={`${td} font-mono`}>{action}</td>
          </tr>
          {form.params.map((p) => (
            <tr key={p.name}>
              <td className={`${td} font-mono`}>
                {p.name}
                {p.optional && <span className="ml-1 font-sans text-xs text-slate-500">{t("optional")}</span>}
              </td>
              <td className={td}>{doc(p.description)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {form.note && <p className="text-sm text-slate-600">{doc(form.note)}</p>}
      <div className="grid gap-3 lg:grid-cols-2">
        <Code title={API_WORDS.curl} code={curlExample(url, action, form, serviceIds)} />
        <Code title={API_WORDS.php} code={phpExample(url, action, form, serviceIds)} />
      </div>
      <Code title={t("exampleResponse")} code={exampleJson(form.response, currency)} />
    </div>
  );
}

export function ApiDocs({
  url,
  currency,
  limits,
  serviceIds,
}: {
  url: string;
  currency: string;
  limits: ApiLimitConfig;
  serviceIds: ServiceIdsByType;
}) {
  const t = useTranslations("apiAccess");
  const tDocs = useTranslations("apiDocs");
  const texts: Texts = { t, doc: (text) => localizeApiDoc(tDocs, text) };
  // The error texts are the API's own answers, in English for every reader; their meaning is translated.
  const errors = [
    [API_ERRORS.incorrectRequest, t("errorMeaning.incorrectRequest")],
    [API_ERRORS.invalidKey, t("errorMeaning.invalidKey")],
    [API_ERRORS.incorrectService, t("errorMeaning.incorrectService")],
    [API_ERRORS.incorrectOrder, t("errorMeaning.incorrectOrder")],
    ["Not enough funds on balance", t("errorMeaning.notEnoughFunds")],
    ["Quantity less than minimal 50 / Quantity more than maximum 10000", t("errorMeaning.quantity")],
    ["Bad link", t("errorMeaning.badLink")],
    [API_ERRORS.refillNotFound, t("errorMeaning.refillNotFound")],
    [API_ERRORS.tooManyIds, t("errorMeaning.tooManyIds")],
    [API_ERRORS.rateLimited, t("errorMeaning.rateLimited")],
  ];
  return (
    <div className="mt-6 space-y-6">
      <Card title={t("howTo")}>
        <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">{t("apiUrl")}</dt>
          <dd className="flex min-w-0 items-center gap-2">
            <code className="break-all font-mono" data-testid="api-url">
              {url}
            </code>
            <CopyButton text={url} />
          </dd>
          <dt className="text-slate-500">{t("httpMethod")}</dt>
          <dd>{t("httpMethodValue")}</dd>
          <dt className="text-slate-500">{t("responseFormat")}</dt>
          <dd>{t("responseFormatValue", { currency, failure: '{"error": "..."}' })}</dd>
          <dt className="text-slate-500">{t("limits")}</dt>
          <dd>{t("limitsValue", { add: limits.addPerMin, read: limits.readPerMin })}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-600">{t("compatible")}</p>
      </Card>

      <nav
        aria-label={t("contentsLabel")}
        className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
        data-testid="api-toc"
      >
        <h2 className="mb-2 font-semibold text-slate-800">{t("contents")}</h2>
        <ol className="grid gap-1 sm:grid-cols-2">
          {API_ACTIONS.map((action) => (
            <li key={action.name}>
              <a href={`#action-${action.name}`} className="text-brand-700 hover:underline">
                {texts.doc(action.title)}
              </a>{" "}
              <code className="text-xs text-slate-600">{action.name}</code>
            </li>
          ))}
          <li>
            <a href="#api-errors" className="text-brand-700 hover:underline">
              {t("errors")}
            </a>
          </li>
        </ol>
      </nav>

      {API_ACTIONS.map((action) => (
        <Card
          key={action.name}
          title={
            <span id={`action-${action.name}`}>
              {texts.doc(action.title)}{" "}
              <code className="ml-1 text-xs text-slate-500">
                {API_WORDS.action}={action.name}
              </code>
            </span>
          }
        >
          <p className="mb-4 text-sm text-slate-600">{texts.doc(action.description)}</p>
          <div className="space-y-6">
            {action.forms.map((form) => (
              <FormDoc
                key={form.title}
                action={action.name}
                form={form}
                url={url}
                currency={currency}
                serviceIds={serviceIds}
                texts={texts}
              />
            ))}
          </div>
        </Card>
      ))}

      <Card title={<span id="api-errors">{t("errors")}</span>}>
        <Table>
          <thead>
            <tr>
              <th className={th}>{API_WORDS.error}</th>
              <th className={th}>{t("meaning")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {errors.map(([text, meaning]) => (
              <tr key={text}>
                <td className={`${td} font-mono`}>{text}</td>
                <td className={td}>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
