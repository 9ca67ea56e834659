/** Interface strings in fr. (Draft: English until translated.) */
import { en, type UiKey } from './en.ts';

export const fr: Record<UiKey, string> = { ...en };
