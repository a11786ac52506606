/** A field of action as the public project page lists it: the released text and goals with the released figures. */
export interface PublicFieldRow {
  name: string;
  description: string;
  goals: readonly { code: string; title: string; description: string }[];
  measureCount: number;
  averageProgress: number | null;
}

/**
 * The fields of action of the released page (in the strategy's order) joined by name to the figures of the released
 * measures; fields only the measures name follow, as they come. Without a released page: the measures' fields alone.
 */
export function publicFieldRows(
  figures: readonly { name: string; measureCount: number; averageProgress?: number | null }[],
  released: readonly { name: string; description: string; goals: PublicFieldRow['goals'] }[] | null | undefined,
): PublicFieldRow[] {
  const byName = new Map(figures.map((f) => [f.name, f]));
  const rows: PublicFieldRow[] = (released ?? []).map((f) => ({
    name: f.name,
    description: f.description,
    goals: f.goals,
    measureCount: byName.get(f.name)?.measureCount ?? 0,
    averageProgress: byName.get(f.name)?.averageProgress ?? null,
  }));
  const named = new Set(rows.map((r) => r.name));
  for (const f of figures)
    if (!named.has(f.name))
      rows.push({
        name: f.name,
        description: '',
        goals: [],
        measureCount: f.measureCount,
        averageProgress: f.averageProgress ?? null,
      });
  return rows;
}
