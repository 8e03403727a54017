"use client";
// Revenue (bars) and orders (line) per day, from the series the page computes on the server.
import { useTranslations } from "next-intl";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type ChartPoint = { day: string; revenue: number; orders: number };

export function RevenueChart({ data, currencySymbol }: { data: ChartPoint[]; currencySymbol: string }) {
  const t = useTranslations("adminDashboard.chart");
  return (
    <div className="h-72 w-full" data-testid="revenue-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey="day"
            tickFormatter={(d: string) => d.slice(5)}
            tick={{ fontSize: 12 }}
            minTickGap={16}
          />
          <YAxis
            yAxisId="revenue"
            tick={{ fontSize: 12 }}
            width={64}
            tickFormatter={(v: number) => `${currencySymbol}${v}`}
          />
          <YAxis
            yAxisId="orders"
            orientation="right"
            allowDecimals={false}
            tick={{ fontSize: 12 }}
            width={40}
          />
          <Tooltip
            formatter={(value, _name, item) =>
              item.dataKey === "revenue" ? `${currencySymbol}${Number(value).toFixed(2)}` : String(value)
            }
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="revenue" dataKey="revenue" name={t("revenue")} fill="#3b6cf6" radius={[3, 3, 0, 0]} />
          <Line
            yAxisId="orders"
            dataKey="orders"
            name={t("orders")}
            stroke="#0f766e"
            strokeWidth={2}
            dot={false}
            type="monotone"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
