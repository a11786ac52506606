import { publicProjectCode } from './public-robots';

describe('the project of a public page', () => {
  it.each([
    ['/oeffentlich/EIF', 'EIF'],
    ['/oeffentlich/EIF/massnahmen?handlungsfeld=Bildung', 'EIF'],
    ['/oeffentlich/EIF/massnahmen/EIF-M01', 'EIF'],
    ['/oeffentlich/EIF/einbettung', 'EIF'],
    ['/oeffentlich/S%C3%9CD#top', 'SÜD'],
  ])('is read from %s', (url, code) => {
    expect(publicProjectCode(url)).toBe(code);
  });

  it.each(['/oeffentlich', '/oeffentlich/', '/oeffentlich?x=1', '/projekte/EIF', '/', '/oeffentlich/%E0%A4%A'])(
    'is none for %s',
    (url) => {
      expect(publicProjectCode(url)).toBeNull();
    },
  );
});
