import type {
  AddProjectMemberInput,
  AddStrategyVersionInput,
  CreateGrantInput,
  CreateMeasureInput,
  Phase,
  Priority,
  Role,
  UpdateGrantInput,
  UpdateMembershipInput,
  UpdateStrategyVersionInput,
} from '@masswerk/dashboard/shared/data-access';
import type { FieldOfActionView, GrantView, MemberView, StrategyVersionView } from './admin.api';
import { parseEuroInput, parsePercentInput } from '@masswerk/dashboard/shared/util';

/** The roles in the order the page offers them. */
export const ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'COUNCIL', 'FUNDER'];

/** Only people responsible for measures answer for a municipality (the API refuses one for other roles). */
export function needsUnit(role: Role | string): boolean {
  return role === 'EDITOR';
}

const trimmed = (text: string | null | undefined) => (text ?? '').trim();
const orNull = (text: string | null | undefined) => trimmed(text) || null;
/** Lines of a text area as a list, without empty ones. */
export const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

// ---- members and roles ----

export interface NewMemberValues {
  email: string;
  displayName: string;
  initialPassword: string;
  role: Role;
  territorialUnitId: string;
}

/** A new member; name and password go along only when given (the API needs them only for a new account). */
export function addMemberInput(modelProjectId: string, v: NewMemberValues): AddProjectMemberInput {
  const input: AddProjectMemberInput = { modelProjectId, email: trimmed(v.email).toLowerCase(), role: v.role };
  if (trimmed(v.displayName)) input.displayName = trimmed(v.displayName);
  if (v.initialPassword) input.initialPassword = v.initialPassword;
  if (needsUnit(v.role) && v.territorialUnitId) input.territorialUnitId = v.territorialUnitId;
  return input;
}

export interface MembershipValues {
  role: Role;
  territorialUnitId: string;
}

/**
 * The change of a membership, or null when nothing changed. A role other than EDITOR always clears the
 * municipality: the API would otherwise keep the editor's municipality and refuse the new role.
 */
export function membershipUpdate(member: MemberView, v: MembershipValues): UpdateMembershipInput | null {
  const unitId = needsUnit(v.role) ? v.territorialUnitId || null : null;
  if (v.role === member.role && unitId === (member.territorialUnit?.id ?? null)) return null;
  return { id: member.id, version: member.version, role: v.role, territorialUnitId: unitId };
}

/** Whether the member is the project's only administrator (the API refuses to remove or demote them). */
export function isLastAdmin(member: MemberView, members: readonly MemberView[]): boolean {
  return member.role === 'ADMIN' && members.filter((m) => m.role === 'ADMIN').length <= 1;
}

/** Only platform administrators disable accounts, and never their own. */
export function canToggleDisabled(
  viewer: { id: string; isPlatformAdmin: boolean } | null,
  member: Pick<MemberView, 'user'>,
): boolean {
  return !!viewer?.isPlatformAdmin && viewer.id !== member.user.id;
}

// ---- fields of action and goals ----

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

/** Suggests the next code of a field of action: HF1, HF2 … after the highest one in use. */
export function nextFieldCode(fields: readonly Pick<FieldOfActionView, 'code'>[]): string {
  return nextInSeries(fields.map((f) => f.code)) ?? 'HF1';
}

/**
 * Suggests the next goal code of a field of action: after its own goals ("Z2.3" after "Z2.1", "Z2.2"); for its first
 * goal, following the scheme of the other fields ("Z4.1" in HF4 when HF2 has "Z2.1"), else "HF4.1".
 */
export function nextGoalCode(
  field: Pick<FieldOfActionView, 'code' | 'goals'>,
  fields: readonly Pick<FieldOfActionView, 'code' | 'goals'>[] = [],
): string {
  const own = nextInSeries(field.goals.map((g) => g.code));
  if (own) return own;
  const number = /(\d+)$/.exec(field.code)?.[1];
  for (const other of fields) {
    const otherNumber = /(\d+)$/.exec(other.code)?.[1];
    const prefix = other.goals.length ? /^(.*?)\d+$/.exec(other.goals[0].code)?.[1] : undefined;
    if (number && otherNumber && prefix?.includes(otherNumber)) return `${prefix.replace(otherNumber, number)}1`;
  }
  return `${field.code}.1`;
}

/** The API's rule for codes of fields of action and goals. */
export const CODE_PATTERN = /^[A-Za-z0-9._-]{1,20}$/;

export interface FieldOfActionValues {
  code: string;
  name: string;
  description: string;
  sortOrder: number | string | null;
}

export interface GoalValues {
  fieldOfActionId: string;
  code: string;
  title: string;
  description: string;
  sortOrder: number | string | null;
}

/** A whole number typed into a number field, or undefined when empty (the API then keeps or defaults it). */
function sortOrderOf(value: number | string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

/** The fields of a field of action as the API takes them (for create and update alike). */
export function fieldOfActionFields(v: FieldOfActionValues) {
  const sortOrder = sortOrderOf(v.sortOrder);
  return {
    code: trimmed(v.code),
    name: trimmed(v.name),
    description: trimmed(v.description),
    ...(sortOrder !== undefined && { sortOrder }),
  };
}

/** The fields of a goal; the field of action goes along only when the goal moves to another one. */
export function goalFields(v: GoalValues, currentFieldOfActionId: string | null) {
  const sortOrder = sortOrderOf(v.sortOrder);
  return {
    code: trimmed(v.code),
    title: trimmed(v.title),
    description: trimmed(v.description),
    ...(sortOrder !== undefined && { sortOrder }),
    ...(v.fieldOfActionId !== currentFieldOfActionId && { fieldOfActionId: v.fieldOfActionId }),
  };
}

// ---- measures ----

export interface NewMeasureValues {
  code: string;
  title: string;
  phase: Phase;
  fieldOfActionIds: string[];
  goalIds: string[];
  leadUnitId: string;
  plannedStart: string;
  plannedEnd: string;
  priority: Priority;
  flagship: boolean;
  published: boolean;
  /** Phase A strategy work; only sent for Phase A (the API refuses it for Phase B). */
  strategyWork: boolean;
}

/** The pattern of a measure code within a project, e.g. EIF-M07 (the API assigns one when left empty). */
export function measureCodePattern(projectCode: string): RegExp {
  return new RegExp(`^${projectCode.replace(/[^A-Z0-9]/gi, '')}-M\\d{2,4}$`);
}

/**
 * The new measure. A measure that serves a goal serves its field of action too, so the fields of the chosen goals
 * are added; empty optional values are left out.
 */
export function createMeasureInput(
  modelProjectId: string,
  v: NewMeasureValues,
  fields: readonly Pick<FieldOfActionView, 'id' | 'goals'>[],
): CreateMeasureInput {
  const goalFields = fields.filter((f) => f.goals.some((g) => v.goalIds.includes(g.id))).map((f) => f.id);
  const input: CreateMeasureInput = {
    modelProjectId,
    title: trimmed(v.title),
    phase: v.phase,
    priority: v.priority,
    flagship: v.flagship,
    published: v.published,
    fieldOfActionIds: [...new Set([...v.fieldOfActionIds, ...goalFields])],
    goalIds: [...v.goalIds],
  };
  if (v.phase === 'A' && v.strategyWork) input.strategyWork = true;
  if (trimmed(v.code)) input.code = trimmed(v.code).toUpperCase();
  if (v.leadUnitId) input.leadUnitId = v.leadUnitId;
  if (v.plannedStart) input.plannedStart = v.plannedStart;
  if (v.plannedEnd) input.plannedEnd = v.plannedEnd;
  return input;
}

// ---- strategy ----

export interface StrategyVersionValues {
  label: string;
  adoptedOn: string;
  resolutionReference: string;
  acceptedByFunderOn: string;
  vision: string;
  targetPictures: string;
  values: string;
  notes: string;
}

export function strategyVersionValues(v: StrategyVersionView | null): StrategyVersionValues {
  return {
    label: v?.label ?? '',
    adoptedOn: v?.adoptedOn ?? '',
    resolutionReference: v?.resolutionReference ?? '',
    acceptedByFunderOn: v?.acceptedByFunderOn ?? '',
    vision: v?.vision ?? '',
    targetPictures: (v?.targetPictures ?? []).join('\n'),
    values: (v?.values ?? []).join('\n'),
    notes: v?.notes ?? '',
  };
}

/** Every field of the form; empty dates and reference are sent as null so that clearing them clears them. */
export function strategyVersionFields(v: StrategyVersionValues) {
  return {
    label: trimmed(v.label),
    adoptedOn: v.adoptedOn || null,
    resolutionReference: orNull(v.resolutionReference),
    acceptedByFunderOn: v.acceptedByFunderOn || null,
    vision: trimmed(v.vision),
    targetPictures: lines(v.targetPictures),
    values: lines(v.values),
    notes: trimmed(v.notes),
  } satisfies Omit<AddStrategyVersionInput, 'strategyId'> & Omit<UpdateStrategyVersionInput, 'id' | 'version'>;
}

// ---- grants ----

export interface GrantValues {
  commitmentNumber: string;
  commitmentDate: string;
  eligibleCosts: string;
  fundingRate: string;
  grantAmount: string;
  ownShare: string;
  periodStart: string;
  periodEnd: string;
  notes: string;
}

/** The fields of a grant as the API takes them, read from what was typed (amounts in the given language). */
export function grantFields(v: GrantValues, language: string) {
  return {
    commitmentNumber: trimmed(v.commitmentNumber),
    commitmentDate: v.commitmentDate || null,
    eligibleCosts: parseEuroInput(v.eligibleCosts, language) ?? '0.00',
    fundingRate: parsePercentInput(v.fundingRate),
    grantAmount: parseEuroInput(v.grantAmount, language),
    ownShare: parseEuroInput(v.ownShare, language),
    periodStart: v.periodStart || null,
    periodEnd: v.periodEnd || null,
    notes: trimmed(v.notes),
  };
}

/** A new grant: rate, grant amount and own share are left to the API's defaults when empty. */
export function createGrantInput(
  modelProjectId: string,
  phase: Phase,
  v: GrantValues,
  language: string,
): CreateGrantInput {
  const { fundingRate, grantAmount, ownShare, ...rest } = grantFields(v, language);
  return {
    modelProjectId,
    phase,
    ...rest,
    ...(fundingRate !== null && { fundingRate }),
    ...(grantAmount !== null && { grantAmount }),
    ...(ownShare !== null && { ownShare }),
  };
}

/** A change of a grant: every field, so that the grant is what the form shows. */
export function updateGrantInput(grant: Pick<GrantView, 'id' | 'version'>, v: GrantValues, language: string) {
  const { fundingRate, grantAmount, ownShare, ...rest } = grantFields(v, language);
  const input: UpdateGrantInput = { id: grant.id, version: grant.version, ...rest };
  if (fundingRate !== null) input.fundingRate = fundingRate;
  if (grantAmount !== null) input.grantAmount = grantAmount;
  if (ownShare !== null) input.ownShare = ownShare;
  return input;
}
