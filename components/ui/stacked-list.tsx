// A list that reads as a table on wide screens and as stacked cards on a phone, from one DOM:
// every item is a grid row whose columns (`columns`, e.g. "sm:grid-cols-[1fr_8rem]") start at
// the breakpoint `at`; below it the cells stack. The header row only shows where the columns do.
// Class names are written out in full so Tailwind finds them.
const wide = {
  sm: { header: "sm:grid", row: "sm:items-center sm:gap-3 sm:py-2" },
  lg: { header: "lg:grid", row: "lg:items-center lg:gap-3 lg:py-2" },
} as const;

type Breakpoint = keyof typeof wide;

export function StackedList({
  at = "sm",
  columns,
  headers,
  label,
  children,
}: {
  at?: Breakpoint;
  columns: string;
  headers: React.ReactNode[];
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <ul
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm"
      aria-label={label}
    >
      <li
        aria-hidden
        className={`hidden gap-3 rounded-t-lg bg-slate-50 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500 ${wide[at].header} ${columns}`}
      >
        {headers.map((header, i) => (
          <span key={i}>{header}</span>
        ))}
      </li>
      {children}
    </ul>
  );
}

export function StackedRow({
  at = "sm",
  columns,
  className = "",
  ...rest
}: React.ComponentProps<"li"> & { at?: Breakpoint; columns: string }) {
  return (
    <li className={`grid gap-1 px-3 py-3 text-slate-700 ${wide[at].row} ${columns} ${className}`} {...rest} />
  );
}
