/**
 * German territorial units and their keys. The ARS (*Amtlicher Regionalschlüssel*, 12 digits: Land 2,
 * Regierungsbezirk 1, Kreis 2, Gemeindeverband 4, Gemeinde 3) covers every unit including Verbandsgemeinden; the
 * AGS (*Amtlicher Gemeindeschlüssel*, 8 digits) is the ARS without the Gemeindeverband part, and does not exist for
 * Verbandsgemeinden.
 */
export enum TerritorialUnitKind {
  LAND = 'LAND',
  LANDKREIS = 'LANDKREIS',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
  VERBANDSGEMEINDE = 'VERBANDSGEMEINDE',
  GEMEINDE = 'GEMEINDE',
}

export const TERRITORIAL_UNIT_KIND_LABEL_DE: Record<TerritorialUnitKind, string> = {
  [TerritorialUnitKind.LAND]: 'Land',
  [TerritorialUnitKind.LANDKREIS]: 'Landkreis',
  [TerritorialUnitKind.KREISFREIE_STADT]: 'kreisfreie Stadt',
  [TerritorialUnitKind.VERBANDSGEMEINDE]: 'Verbandsgemeinde',
  [TerritorialUnitKind.GEMEINDE]: 'Gemeinde/Stadt',
};

/** Which kinds may sit directly under which. */
export const ALLOWED_PARENT_KINDS: Record<TerritorialUnitKind, readonly TerritorialUnitKind[]> = {
  [TerritorialUnitKind.LAND]: [],
  [TerritorialUnitKind.LANDKREIS]: [TerritorialUnitKind.LAND],
  [TerritorialUnitKind.KREISFREIE_STADT]: [TerritorialUnitKind.LAND],
  [TerritorialUnitKind.VERBANDSGEMEINDE]: [TerritorialUnitKind.LANDKREIS],
  [TerritorialUnitKind.GEMEINDE]: [TerritorialUnitKind.LANDKREIS, TerritorialUnitKind.VERBANDSGEMEINDE],
};

export interface TerritorialKeyError {
  field: 'ars' | 'ags' | 'parentId';
  message: string;
}

const LAND_CODES = new Set(Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')));

/** The AGS that belongs to an ARS (drops the 4-digit Gemeindeverband part). */
export function agsFromArs(ars: string): string {
  return ars.slice(0, 5) + ars.slice(9);
}

/** The 5-digit Kreis key (Land, Regierungsbezirk, Kreis) of an ARS or AGS. */
export function kreisKey(key: string): string {
  return key.slice(0, 5);
}

/**
 * Checks the keys of a territorial unit against its kind. Returns every problem found (empty when valid), with
 * German messages for the form that shows them.
 */
export function validateTerritorialKeys(
  kind: TerritorialUnitKind,
  ars: string | null | undefined,
  ags: string | null | undefined,
): TerritorialKeyError[] {
  const errors: TerritorialKeyError[] = [];
  if (ars != null && !/^\d{12}$/.test(ars)) {
    errors.push({ field: 'ars', message: 'Der Regionalschlüssel (ARS) muss aus genau 12 Ziffern bestehen.' });
  }
  if (ags != null && !/^\d{8}$/.test(ags)) {
    errors.push({ field: 'ags', message: 'Der Gemeindeschlüssel (AGS) muss aus genau 8 Ziffern bestehen.' });
  }
  if (errors.length) return errors;

  const land = (ars ?? ags)?.slice(0, 2);
  if (land && !LAND_CODES.has(land)) {
    errors.push({ field: ars ? 'ars' : 'ags', message: `Unbekannter Länderschlüssel „${land}“ (erlaubt: 01 bis 16).` });
  }
  if (ars && ags && agsFromArs(ars) !== ags) {
    errors.push({ field: 'ags', message: `Der AGS passt nicht zum ARS (erwartet ${agsFromArs(ars)}).` });
  }
  if (kind === TerritorialUnitKind.VERBANDSGEMEINDE) {
    if (ags) errors.push({ field: 'ags', message: 'Verbandsgemeinden haben keinen AGS, nur einen ARS.' });
    if (!ars) errors.push({ field: 'ars', message: 'Für eine Verbandsgemeinde ist der ARS erforderlich.' });
    else if (ars.slice(5, 9) === '0000' || ars.slice(9) !== '000') {
      errors.push({
        field: 'ars',
        message: 'Der ARS einer Verbandsgemeinde hat einen Gemeindeverbandsteil und endet auf 000.',
      });
    }
    return errors;
  }
  const shape: Record<Exclude<TerritorialUnitKind, TerritorialUnitKind.VERBANDSGEMEINDE>, RegExp> = {
    [TerritorialUnitKind.LAND]: /^\d{2}0{6}$/,
    [TerritorialUnitKind.LANDKREIS]: /^\d{5}000$/,
    [TerritorialUnitKind.KREISFREIE_STADT]: /^\d{5}000$/,
    [TerritorialUnitKind.GEMEINDE]: /^\d{5}(?!000)\d{3}$/,
  };
  const effectiveAgs = ags ?? (ars ? agsFromArs(ars) : null);
  if (effectiveAgs && !shape[kind].test(effectiveAgs)) {
    const hint: Record<string, string> = {
      LAND: 'Ein Land hat nach dem Länderschlüssel nur Nullen.',
      LANDKREIS: 'Ein Landkreis endet im AGS auf 000.',
      KREISFREIE_STADT: 'Eine kreisfreie Stadt endet im AGS auf 000.',
      GEMEINDE: 'Eine Gemeinde hat eine Gemeindekennziffer ungleich 000.',
    };
    errors.push({ field: ags ? 'ags' : 'ars', message: `Schlüssel passt nicht zur Art der Einheit. ${hint[kind]}` });
  }
  if (ars && kind !== TerritorialUnitKind.GEMEINDE && ars.slice(5, 9) !== '0000') {
    errors.push({
      field: 'ars',
      message: 'Nur Gemeinden in Verbandsgemeinden haben einen Gemeindeverbandsteil im ARS.',
    });
  }
  return errors;
}

/** The key that identifies a unit: its ARS where it has one, else its AGS. */
export function primaryKey(unit: { ars: string | null; ags: string | null }): string | null {
  return unit.ars ?? unit.ags;
}

/** Whether `child`'s key lies within `parent`'s key (same Land, and same Kreis below Kreis level). */
export function keyWithinParent(
  parentKind: TerritorialUnitKind,
  parent: { ars: string | null; ags: string | null },
  child: { ars: string | null; ags: string | null },
): boolean {
  const p = parent.ars ?? (parent.ags ? parent.ags.slice(0, 5) + '0000' + parent.ags.slice(5) : null);
  const c = child.ars ?? (child.ags ? child.ags.slice(0, 5) + '0000' + child.ags.slice(5) : null);
  if (!p || !c) return true;
  switch (parentKind) {
    case TerritorialUnitKind.LAND:
      return c.slice(0, 2) === p.slice(0, 2);
    case TerritorialUnitKind.LANDKREIS:
    case TerritorialUnitKind.KREISFREIE_STADT:
      return c.slice(0, 5) === p.slice(0, 5);
    case TerritorialUnitKind.VERBANDSGEMEINDE:
      return c.slice(0, 9) === p.slice(0, 9) || c.slice(0, 5) === p.slice(0, 5);
    default:
      return false;
  }
}
