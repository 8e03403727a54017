// Request examples for the API page, generated from the action table: curl and the PHP code
// panel owners copy (http_build_query + json_decode). Pure, so it is unit-tested.
import type { ApiActionForm } from "./action-types";

export const KEY_PLACEHOLDER = "YOUR_API_KEY";

/** This panel's own service id per service type, so the examples can be run as they are. */
export type ServiceIdsByType = Record<string, number>;

/** The parameters of one example call, in order: key, action, then the form's own. */
export function exampleParams(
  action: string,
  form: ApiActionForm,
  serviceIds: ServiceIdsByType = {},
): Array<[string, string]> {
  const ownId = form.serviceTypes?.map((type) => serviceIds[type]).find((id) => id !== undefined);
  const example = (p: { name: string; example: string }) =>
    p.name === "service" && ownId !== undefined ? String(ownId) : p.example;
  return [
    ["key", KEY_PLACEHOLDER],
    ["action", action],
    ...form.params.filter((p) => !p.optional).map((p): [string, string] => [p.name, example(p)]),
  ];
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlExample(
  url: string,
  action: string,
  form: ApiActionForm,
  serviceIds: ServiceIdsByType = {},
): string {
  const lines = exampleParams(action, form, serviceIds).map(([name, value]) =>
    /^[\w.,:/@-]*$/.test(value)
      ? `  -d ${name}=${value}`
      : `  --data-urlencode ${shellQuote(`${name}=${value}`)}`,
  );
  return [`curl -X POST ${url}`, ...lines].join(" \\\n");
}

function phpValue(value: string): string {
  if (/^[1-9]\d{0,9}$/.test(value)) return value;
  if (/[\n\r\t]/.test(value))
    return `"${value
      .replace(/[\\"$]/g, (c) => `\\${c}`)
      .replace(/\n/g, "\\n")
      .replace(/\r/g, "\\r")
      .replace(/\t/g, "\\t")}"`;
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

export function phpExample(
  url: string,
  action: string,
  form: ApiActionForm,
  serviceIds: ServiceIdsByType = {},
): string {
  const fields = exampleParams(action, form, serviceIds).map(
    ([name, value]) => `    '${name}' => ${phpValue(value)},`,
  );
  return [
    "<?php",
    "$post_data = [",
    ...fields,
    "];",
    "",
    "$ch = curl_init();",
    `curl_setopt($ch, CURLOPT_URL, '${url}');`,
    "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
    "curl_setopt($ch, CURLOPT_POST, true);",
    "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($post_data));",
    "$result = json_decode(curl_exec($ch));",
    "curl_close($ch);",
    "",
    "var_dump($result);",
  ].join("\n");
}
