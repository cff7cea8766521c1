import type { SeededStaffMember } from './seeded-staff';

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

/** The sign-in form: username, password and, for staff with several roles, the role for this session. */
export function loginPage(uid: string, error?: string, staff?: SeededStaffMember): string {
  const roles = staff && staff.roles.length > 1 ? staff.roles : [];
  const roleChoice = roles.length
    ? `<label for="role">Role for this session</label><select id="role" name="role">${roles
        .map(
          (role) =>
            `<option value="${escape(role.person_roleid)}">${escape(`${role.org_code} ${role.role_code}`)}</option>`,
        )
        .join('')}</select>`
    : '';
  return page(
    'Sign in to the IPC dev identity provider',
    `${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" value="${escape(staff?.username ?? '')}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
${roleChoice}
<button type="submit">Sign in</button>
</form>`,
  );
}

/** The consent form: what the client asks for, to allow. */
export function consentPage(uid: string, clientId: string, scopes: string[]): string {
  return page(
    'Allow access',
    `<p>${escape(clientId)} asks for: ${escape(scopes.join(', ') || 'sign-in only')}</p>
<form method="post" action="/interaction/${escape(uid)}/confirm"><button type="submit">Allow</button></form>`,
  );
}

/** Signing out here as well (RP-initiated logout): the provider's own form, with a yes button. */
export function logoutPage(form: string): string {
  return page(
    'Sign out of the IPC dev identity provider',
    `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`,
  );
}
