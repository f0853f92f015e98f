import { Table } from "@/components/ui/table";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { ConfirmActionForm } from "@/components/confirm-action-form";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { IssueLinkForm } from "@/components/admin/issue-link-form";
import { ROLES } from "@/lib/enums";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { changeRoleAction, createUserAction, issueLinkAction, setActiveAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePermission("user:manage", "/admin/users");
  const users = await listUsers(actor);
  return (
    <>
      <h1>Users</h1>
      <Table label="Staff accounts">
        <caption className={txt.meta}>{users.length} staff accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Password</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-email={user.email}>
              <th scope="row">{user.name}</th>
              <td>{user.email}</td>
              <td>
                <ActionForm action={changeRoleAction} submitLabel="Change role">
                  <input type="hidden" name="userId" value={user.id} />
                  <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                    Role of {user.name}
                  </label>
                  <select key={`${user.id}:${user.role}`} id={`role-${user.id}`} name="role" defaultValue={user.role}>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role.toLowerCase()}
                      </option>
                    ))}
                  </select>
                </ActionForm>
              </td>
              <td>
                {user.active ? (
                  <ConfirmActionForm
                    action={setActiveAction}
                    triggerLabel="Deactivate"
                    title={`Deactivate ${user.name}?`}
                    description="They are signed out everywhere at once and can no longer sign in. Their work and its history stay. You can reactivate them later."
                    confirmLabel="Deactivate"
                  >
                    <span>Active</span>
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="active" value="false" />
                  </ConfirmActionForm>
                ) : (
                  <ActionForm action={setActiveAction} submitLabel="Reactivate">
                    <span>Deactivated</span>
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="active" value="true" />
                  </ActionForm>
                )}
              </td>
              <td>
                <IssueLinkForm userId={user.id} name={user.name} action={issueLinkAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <h2>Add a user</h2>
      <p className={txt.meta}>
        There is no mail server: you get a one-time link that lets them set their own password. Hand it over yourself.
      </p>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
