/** Interface strings in es. (Draft: English until translated.) */
import { en, type UiKey } from './en.ts';

export const es: Record<UiKey, string> = { ...en };
