import { AuditEntryEntity } from './audit-entry.entity';
import { FieldChange, HistoryAction, HistoryEntry } from './dtos/history-entry.dto';

const encode = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** Only the fields that differ, so a reader sees what happened rather than two full records. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  keys.delete('version');
  const changes: FieldChange[] = [];
  for (const field of [...keys].sort()) {
    const b = encode(before?.[field]);
    const a = encode(after?.[field]);
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  return changes;
}

export function toHistoryEntry(entry: AuditEntryEntity): HistoryEntry {
  return {
    id: String(entry.id),
    occurredAt: new Date(entry.occurredAt),
    actorName: entry.actorName,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action as HistoryAction,
    changes: diff(entry.before, entry.after),
    measureId: entry.measureId,
  };
}
