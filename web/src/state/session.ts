// Who is signed in. Learnt from GET /api/v1/auth/me at start-up and from the
// login answer; ended by signing out or when any call answers 401
// authentication-required (then `expired` is true, so the app asks the user
// to sign in again over the page they were on, keeping what they typed).
// The CSRF token travels with the session but stays in memory (api/csrf.ts).
import type { ApiError } from '../api/client';
import { getMe, logout } from '../api/auth';
import { onAuthEvent } from '../api/authEvents';
import { setCsrfToken } from '../api/csrf';
import type { LoginAnswer, User } from '../api/identityTypes';
import { getRegionDetail } from '../api/organisation';
import { getRegion } from '../api/regions';
import { currentRegion, regionDetail } from './region';
import { createStore } from './store';

export type Session =
  | { phase: 'checking' }
  | { phase: 'unavailable'; error: ApiError } // /auth/me failed for another reason
  | { phase: 'signedOut'; expired: boolean }
  | { phase: 'signedIn'; user: User; mustChangePassword: boolean };

export const session = createStore<Session>({ phase: 'checking' });

// How many times someone signed in during this visit: lists load again after
// the user signed in anew (their earlier attempt met an ended session).
export const signInCount = createStore(0);

// The last user who was signed in: a page stays as it was when the same user
// signs in again after the session ended, and starts afresh for anyone else.
let lastUserId: number | null = null;
export const lastSignedInUserId = (): number | null => lastUserId;

export async function loadSession(): Promise<void> {
  const answer = await getMe();
  if (answer.ok) {
    signedIn(answer.data.user, answer.data.csrf_token, answer.data.user.must_change_password);
  } else if (answer.error.status === 401) {
    signedOut(false);
  } else {
    session.set({ phase: 'unavailable', error: answer.error });
  }
}

export function acceptLogin(answer: LoginAnswer): void {
  signedIn(answer.user, answer.csrf_token, answer.must_change_password || answer.user.must_change_password);
}

// After the password was changed: the server no longer insists.
export function passwordChanged(): void {
  const now = session.get();
  if (now.phase === 'signedIn') {
    session.set({ phase: 'signedIn', user: { ...now.user, must_change_password: false }, mustChangePassword: false });
  }
}

export async function signOut(): Promise<void> {
  await logout(); // whatever the answer, the browser forgets the session
  signedOut(false);
}

function signedIn(user: User, csrf: string, mustChangePassword: boolean): void {
  setCsrfToken(csrf);
  lastUserId = user.id;
  session.set({ phase: 'signedIn', user, mustChangePassword });
  signInCount.set(signInCount.get() + 1);
  void learnRegion(user.region_id);
  if (!mustChangePassword) void learnRegionDetail(user.region_id); // else refused until it is changed
}

function signedOut(expired: boolean): void {
  setCsrfToken(null);
  session.set({ phase: 'signedOut', expired });
}

// The header shows the user's region, and times are shown in its time zone.
async function learnRegion(id: string): Promise<void> {
  if (currentRegion.get()?.id === id) return;
  const answer = await getRegion(id);
  if (answer.ok) currentRegion.set(answer.data);
}

// The region's regulation and its words (terms), for labels across the pages.
let learningDetail: Promise<void> | null = null;
export function learnRegionDetail(id: string): Promise<void> {
  if (regionDetail.get()?.id === id) return Promise.resolve();
  learningDetail ??= getRegionDetail().then((answer) => {
    learningDetail = null;
    if (answer.ok) regionDetail.set(answer.data);
  });
  return learningDetail;
}

export function installSessionListeners(): void {
  onAuthEvent((event) => {
    const now = session.get();
    if (event === 'authentication-required') {
      if (now.phase === 'signedIn') signedOut(true);
      else if (now.phase === 'checking') signedOut(false);
    } else if (now.phase === 'signedIn' && !now.mustChangePassword) {
      session.set({ ...now, mustChangePassword: true });
    }
  });
}
