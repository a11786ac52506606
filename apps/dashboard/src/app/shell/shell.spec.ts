import { PLATFORM_PAGES, projectCodeOf } from './shell';

describe('projectCodeOf', () => {
  it.each([
    ['/projekte/EIF', 'EIF'],
    ['/projekte/EIF/zeitplan', 'EIF'],
    ['/projekte/EIF/massnahmen/EIF-M01?x=1', 'EIF'],
    ['/projekte/A%C3%9F', 'Aß'],
  ])('reads the project of %s', (url, code) => {
    expect(projectCodeOf(url)).toBe(code);
  });

  it.each(['/projekte', '/projekte/cluster/123', '/massnahmen', '/plattform/cluster'])('finds none in %s', (url) => {
    expect(projectCodeOf(url)).toBeNull();
  });
});

describe('PLATFORM_PAGES', () => {
  it('lists every page once', () => {
    const paths = PLATFORM_PAGES.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
