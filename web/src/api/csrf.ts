// The CSRF token of the current browser session, kept in memory only (never in
// storage): the server hands it out with the login answer and with /auth/me,
// and every POST, PATCH and DELETE sends it back as X-CSRF-Token.
let token: string | null = null;

export function setCsrfToken(value: string | null): void {
  token = value;
}

export function csrfToken(): string | null {
  return token;
}
