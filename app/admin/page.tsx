import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { countUsers } from "@/lib/users/count-users";

export const metadata = { title: "Dashboard" };

export default async function AdminDashboardPage() {
  await requireAdminPage();
  const users = await countUsers();
  return (
    <>
      <PageHeader title="Dashboard" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card title="Customers">
          <p className="text-2xl font-semibold" data-testid="stat-customers">{users.customers}</p>
        </Card>
        <Card title="Admins">
          <p className="text-2xl font-semibold">{users.admins}</p>
        </Card>
      </div>
    </>
  );
}
