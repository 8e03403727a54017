// The API documentation, rendered from the same action table the /api/v2 handler runs
// (lib/reseller-api/actions.ts): parameters, curl and PHP requests and example answers.
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

function Code({ title, code }: { title: string; code: string }) {
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-center justify-between gap-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</span>
        <CopyButton text={code} />
      </div>
      {/* Focusable so a keyboard can scroll a long example (axe scrollable-region-focusable). */}
      <pre tabIndex={0} className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
        <code>{code}</code>
      </pre>
    </div>
  );
}

function FormDoc({ action, form, url, currency, serviceIds }: { action: string; form: ApiActionForm; url: string; currency: string; serviceIds: ServiceIdsByType }) {
  return (
    <div className="space-y-3 border-t border-slate-100 pt-4 first:border-0 first:pt-0">
      <h3 className="text-sm font-semibold text-slate-800">{form.title}</h3>
      <Table>
        <thead>
          <tr>
            <th className={th}>Parameter</th>
            <th className={th}>Description</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <tr>
            <td className={`${td} font-mono`}>key</td>
            <td className={td}>Your API key</td>
          </tr>
          <tr>
            <td className={`${td} font-mono`}>action</td>
            <td className={`${td} font-mono`}>{action}</td>
          </tr>
          {form.params.map((p) => (
            <tr key={p.name}>
              <td className={`${td} font-mono`}>
                {p.name}
                {p.optional && <span className="ml-1 font-sans text-xs text-slate-500">(optional)</span>}
              </td>
              <td className={td}>{p.description}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {form.note && <p className="text-sm text-slate-600">{form.note}</p>}
      <div className="grid gap-3 lg:grid-cols-2">
        <Code title="curl" code={curlExample(url, action, form, serviceIds)} />
        <Code title="PHP" code={phpExample(url, action, form, serviceIds)} />
      </div>
      <Code title="Example response" code={exampleJson(form.response, currency)} />
    </div>
  );
}

export function ApiDocs({ url, currency, limits, serviceIds }: { url: string; currency: string; limits: ApiLimitConfig; serviceIds: ServiceIdsByType }) {
  const errors = [
    [API_ERRORS.incorrectRequest, "Unknown or missing action, or parameters that cannot be read"],
    [API_ERRORS.invalidKey, "Missing, wrong or replaced key, or API access turned off"],
    [API_ERRORS.incorrectService, "The service does not exist or cannot be ordered now"],
    [API_ERRORS.incorrectOrder, "The order does not exist or is not yours"],
    ["Not enough funds on balance", "Add funds and try again; nothing was charged"],
    ["Quantity less than minimal 50 / Quantity more than maximum 10000", "The quantity is outside the service's limits"],
    ["Bad link", "The link is not an http(s) address"],
    [API_ERRORS.refillNotFound, "The refill does not exist or is not yours"],
    [API_ERRORS.tooManyIds, "Ask for at most 100 orders or refills in one call"],
    [API_ERRORS.rateLimited, "Sent with HTTP 429; wait for the Retry-After seconds"],
  ];
  return (
    <div className="mt-6 space-y-6">
      <Card title="How to call the API">
        <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">API URL</dt>
          <dd className="flex min-w-0 items-center gap-2">
            <code className="break-all font-mono" data-testid="api-url">{url}</code>
            <CopyButton text={url} />
          </dd>
          <dt className="text-slate-500">HTTP method</dt>
          <dd>POST (form or JSON body) or GET (query string)</dd>
          <dt className="text-slate-500">Response format</dt>
          <dd>JSON. Money is a string with 5 decimals in {currency}; failures are {"{\"error\": \"...\"}"}.</dd>
          <dt className="text-slate-500">Limits per key</dt>
          <dd>
            {limits.addPerMin} orders and {limits.readPerMin} other requests per minute
          </dd>
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          Compatible with the standard API v2: clients written for other panels work with this URL and your key unchanged.
        </p>
      </Card>

      <nav aria-label="API contents" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="api-toc">
        <h2 className="mb-2 font-semibold text-slate-800">Contents</h2>
        <ol className="grid gap-1 sm:grid-cols-2">
          {API_ACTIONS.map((action) => (
            <li key={action.name}>
              <a href={`#action-${action.name}`} className="text-brand-700 hover:underline">
                {action.title}
              </a>{" "}
              <code className="text-xs text-slate-600">{action.name}</code>
            </li>
          ))}
          <li>
            <a href="#api-errors" className="text-brand-700 hover:underline">
              Errors
            </a>
          </li>
        </ol>
      </nav>

      {API_ACTIONS.map((action) => (
        <Card key={action.name} title={<span id={`action-${action.name}`}>{action.title} <code className="ml-1 text-xs text-slate-500">action={action.name}</code></span>}>
          <p className="mb-4 text-sm text-slate-600">{action.description}</p>
          <div className="space-y-6">
            {action.forms.map((form) => (
              <FormDoc key={form.title} action={action.name} form={form} url={url} currency={currency} serviceIds={serviceIds} />
            ))}
          </div>
        </Card>
      ))}

      <Card title={<span id="api-errors">Errors</span>}>
        <Table>
          <thead>
            <tr>
              <th className={th}>error</th>
              <th className={th}>Meaning</th>
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
