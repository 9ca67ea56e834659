/** Interface strings in pt. (Draft: English until translated.) */
import { en, type UiKey } from './en.ts';

export const pt: Record<UiKey, string> = { ...en };
