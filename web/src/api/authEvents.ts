// Answers that concern the whole session rather than one page, announced by the
// API client whichever call met them:
// - 'authentication-required': the session has ended (or never existed);
// - 'password-change-required': the user must change the password first.
// The session state (state/session.ts) listens and the app reacts.
export type AuthEvent = 'authentication-required' | 'password-change-required';

const listeners = new Set<(event: AuthEvent) => void>();

export function onAuthEvent(listener: (event: AuthEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceAuthEvent(event: AuthEvent): void {
  for (const listener of [...listeners]) listener(event);
}
