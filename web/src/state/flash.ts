// A one-off message for the page the user is sent to next ("Anda telah
// keluar", "Kata sandi sudah diganti"). It shows on that address only and is
// gone once the user moves on.
import type { MessageKey } from '../i18n/messages';
import { createStore } from './store';

export interface Flash {
  message: MessageKey;
  path: string; // the address it belongs to
}

export const flash = createStore<Flash | null>(null);

export function flashOn(path: string, message: MessageKey): void {
  flash.set({ message, path: new URL(path, window.location.origin).pathname });
}
