/** Interface strings in uk. (Draft: English until translated.) */
import { en, type UiKey } from './en.ts';

export const uk: Record<UiKey, string> = { ...en };
