import { asciiFilename, contentDisposition } from './download';

describe('download file names', () => {
  it('spell German letters out for clients that only read the ASCII name', () => {
    expect(asciiFilename('Zahlenmäßiger-Nachweis_EIF_Phase-B.xlsx')).toBe('Zahlenmaessiger-Nachweis_EIF_Phase-B.xlsx');
    expect(asciiFilename('Maßnahmen Übersicht (Größe).csv')).toBe('Massnahmen-Uebersicht-Groesse-.csv');
    expect(asciiFilename('Kreistags-Briefing_Léon.pdf')).toBe('Kreistags-Briefing_Leon.pdf');
  });

  it('send the German name in UTF-8 beside the ASCII fallback (RFC 6266, RFC 5987)', () => {
    expect(contentDisposition('Zahlenmäßiger-Nachweis_EIF_Phase-B.xlsx')).toBe(
      `attachment; filename="Zahlenmaessiger-Nachweis_EIF_Phase-B.xlsx"; filename*=UTF-8''Zahlenm%C3%A4%C3%9Figer-Nachweis_EIF_Phase-B.xlsx`,
    );
    expect(contentDisposition("Bericht (Entwurf) 'A'.pdf")).toContain(
      `filename*=UTF-8''Bericht%20%28Entwurf%29%20%27A%27.pdf`,
    );
  });
});
