/** U+0000, which PostgreSQL cannot store in text, and UTF-16 halves without their partner, which no text is. */
// eslint-disable-next-line no-control-regex -- the zero byte is what this looks for
const ILL_FORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is text that can be stored and shown as it is. */
export function isWellFormedText(text: string): boolean {
  return !ILL_FORMED.test(text);
}
