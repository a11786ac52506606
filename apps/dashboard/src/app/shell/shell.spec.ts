import { PLATFORM_PAGES, PROJECT_PAGES, projectCodeOf } from './shell';

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

describe('PROJECT_PAGES', () => {
  it('starts with the overview and keeps the import and Verwaltung for administrators', () => {
    expect(PROJECT_PAGES[0].path).toBe('');
    expect(PROJECT_PAGES.filter((p) => p.admin).map((p) => p.path)).toEqual(['import', 'verwaltung']);
  });
});
