/** What was typed, trimmed (nothing typed: empty). */
export const trimmed = (text: string | null | undefined) => (text ?? '').trim();
/** What was typed, trimmed, or null when nothing was: so that clearing a field clears it. */
export const orNull = (text: string | null | undefined) => trimmed(text) || null;
/** Lines of a text area as a list, without empty ones. */
export const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
