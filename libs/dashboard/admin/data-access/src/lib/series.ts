/**
 * The next code of a numbered series ("HF3" after "HF1", "HF2"; "Z1.3" after "Z1.2"; "EIF-M08" after "EIF-M07"): the
 * most common prefix before a trailing number, with the highest number plus one in the same width. Null when no code
 * ends in a number.
 */
export function nextInSeries(codes: readonly string[]): string | null {
  const byPrefix = new Map<string, string[]>();
  for (const code of codes) {
    const m = /^(.*?)(\d+)$/.exec(code);
    if (m) byPrefix.set(m[1], [...(byPrefix.get(m[1]) ?? []), m[2]]);
  }
  const [prefix, numbers] = [...byPrefix.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (prefix === undefined || !numbers) return null;
  const highest = numbers.reduce((a, b) => (Number(b) > Number(a) ? b : a));
  return `${prefix}${String(Number(highest) + 1).padStart(highest.length, '0')}`;
}
