import { agsFromArs, keyWithinParent, TerritorialUnitKind as K, validateTerritorialKeys } from './territory';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('validateTerritorialKeys', () => {
  it('accepts the known keys of the Südwest-Cluster', () => {
    expect(validateTerritorialKeys(K.LANDKREIS, '072320000000', '07232000')).toEqual([]);
    expect(validateTerritorialKeys(K.KREISFREIE_STADT, '073120000000', '07312000')).toEqual([]);
    expect(validateTerritorialKeys(K.GEMEINDE, null, '07138041')).toEqual([]);
    expect(validateTerritorialKeys(K.LANDKREIS, null, '10046000')).toEqual([]);
    expect(validateTerritorialKeys(K.LAND, '070000000000', '07000000')).toEqual([]);
  });

  it('accepts a Verbandsgemeinde with an ARS and no AGS', () => {
    expect(validateTerritorialKeys(K.VERBANDSGEMEINDE, '071385006000', null)).toEqual([]);
  });

  it('accepts a Gemeinde inside a Verbandsgemeinde whose AGS drops the association part', () => {
    expect(validateTerritorialKeys(K.GEMEINDE, '071385006041', '07138041')).toEqual([]);
  });

  it('refuses keys of the wrong length or with letters', () => {
    expect(fields(validateTerritorialKeys(K.GEMEINDE, '0713804', null))).toEqual(['ars']);
    expect(fields(validateTerritorialKeys(K.GEMEINDE, null, '0713804X'))).toEqual(['ags']);
  });

  it('refuses an unknown Land', () => {
    expect(fields(validateTerritorialKeys(K.GEMEINDE, null, '17138041'))).toEqual(['ags']);
  });

  it('refuses an AGS that does not belong to the ARS', () => {
    expect(fields(validateTerritorialKeys(K.GEMEINDE, '071385006041', '07138042'))).toEqual(['ags']);
  });

  it('refuses an AGS for a Verbandsgemeinde and requires its ARS', () => {
    expect(fields(validateTerritorialKeys(K.VERBANDSGEMEINDE, '071385006000', '07138000'))).toContain('ags');
    expect(fields(validateTerritorialKeys(K.VERBANDSGEMEINDE, null, null))).toEqual(['ars']);
    expect(fields(validateTerritorialKeys(K.VERBANDSGEMEINDE, '071380000000', null))).toEqual(['ars']);
  });

  it('refuses keys that do not fit the kind', () => {
    expect(fields(validateTerritorialKeys(K.LANDKREIS, null, '07138041'))).toEqual(['ags']);
    expect(fields(validateTerritorialKeys(K.GEMEINDE, null, '07138000'))).toEqual(['ags']);
    expect(fields(validateTerritorialKeys(K.LAND, null, '07138000'))).toEqual(['ags']);
  });

  it('allows units without keys (e.g. a unit being prepared)', () => {
    expect(validateTerritorialKeys(K.GEMEINDE, null, null)).toEqual([]);
  });

  it('derives the AGS from the ARS', () => {
    expect(agsFromArs('071385006041')).toBe('07138041');
  });
});

describe('keyWithinParent', () => {
  it('checks that a Gemeinde lies in its Kreis', () => {
    expect(keyWithinParent(K.LANDKREIS, { ars: '071380000000', ags: '07138000' }, { ars: null, ags: '07138041' })).toBe(
      true,
    );
    expect(keyWithinParent(K.LANDKREIS, { ars: '071370000000', ags: '07137000' }, { ars: null, ags: '07138041' })).toBe(
      false,
    );
  });
  it('checks that a Kreis lies in its Land', () => {
    expect(keyWithinParent(K.LAND, { ars: '070000000000', ags: null }, { ars: '072320000000', ags: null })).toBe(true);
    expect(keyWithinParent(K.LAND, { ars: '100000000000', ags: null }, { ars: '072320000000', ags: null })).toBe(false);
  });
});
