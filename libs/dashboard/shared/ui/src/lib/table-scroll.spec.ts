import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TableScroll } from './table-scroll';
import { germanTransloco } from './testing';

@Component({
  imports: [TableScroll],
  template: `<mw-table-scroll label="Ausgaben"
    ><table>
      <tr>
        <td>1</td>
      </tr>
    </table></mw-table-scroll
  >`,
})
class Host {}

async function render(widths: { scroll: number; client: number }) {
  // jsdom lays nothing out: the region reports the widths a browser would
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => widths.scroll });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => widths.client });
  await TestBed.configureTestingModule({
    imports: [Host, germanTransloco({ table: { scrollHint: 'Tabelle seitlich scrollen' } })],
  }).compileComponents();
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  const el: HTMLElement = fixture.nativeElement;
  return { region: el.querySelector('[role="region"]') as HTMLElement, hint: el.querySelector('.hint') };
}

describe('TableScroll', () => {
  afterEach(() => {
    delete (HTMLElement.prototype as { scrollWidth?: number }).scrollWidth;
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  });

  it('is a labelled region that takes the focus and shows the hint while the table is too wide', async () => {
    const { region, hint } = await render({ scroll: 900, client: 358 });
    expect(region.getAttribute('aria-label')).toBe('Ausgaben');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(hint?.textContent).toContain('Tabelle seitlich scrollen');
    expect(region.getAttribute('aria-describedby')).toBe(hint?.id);
  });

  it('adds no tab stop and no hint when the table fits', async () => {
    const { region, hint } = await render({ scroll: 600, client: 600 });
    expect(region.getAttribute('tabindex')).toBeNull();
    expect(hint).toBeNull();
  });
});
