// "1 order", "2 orders": English counts with the right noun until the page's messages carry
// their own plural rules.
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
