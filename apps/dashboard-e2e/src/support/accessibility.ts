import { AxeBuilder } from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** WCAG 2.1 level AA, as BITV 2.0 and EN 301 549 require. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the page as it is now and fails with a readable list of what it found. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} – ${n.target.join(' ')}\n  ${n.failureSummary ?? ''}`),
  );
  expect(found, `axe-core found accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * WCAG 1.4.10 (reflow): neither the page nor its main content is wider than the screen; only wide tables may scroll,
 * inside their own box. (The shell scrolls the main content in a container of its own, so the document alone would
 * not tell.)
 */
export async function expectNoHorizontalScrolling(page: Page): Promise<void> {
  const overflowing = await page.evaluate(() =>
    [document.documentElement, document.querySelector('main')]
      .filter((e): e is HTMLElement => !!e && e.scrollWidth > e.clientWidth)
      .map((e) => `${e.tagName.toLowerCase()}: ${e.scrollWidth} px content in ${e.clientWidth} px`),
  );
  expect(overflowing, 'wider than the screen').toEqual([]);
}
