/**
 * Checks run in the page on whatever it shows: nothing wider than the viewport (outside the
 * scroll regions meant for wide tables), every control labelled, headings in order, and text
 * contrast of at least 4.5:1 (3:1 for large text).
 */
import type { Page } from 'playwright-core';

/** Elements that stick out of the viewport, and the page's own scroll width. */
export function overflow(page: Page): Promise<{ scrollWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const inScrollBox = (element: Element): boolean => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') return true;
      }
      return false;
    };
    const offenders = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((element) => !inScrollBox(element))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  });
}

/** Inputs, selects and textareas without an accessible name. */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea')]
      .filter((element) => {
        const control = element as HTMLInputElement;
        return (
          control.type !== 'hidden' &&
          (control.labels?.length ?? 0) === 0 &&
          !control.getAttribute('aria-label') &&
          !control.getAttribute('aria-labelledby')
        );
      })
      .map((element) => element.outerHTML.slice(0, 100)),
  );
}

/** Heading levels in document order, and where one skips a level (h1 → h3). */
export function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
      Number(heading.tagName.slice(1)),
    );
    const problems: string[] = [];
    if (levels.filter((level) => level === 1).length !== 1)
      problems.push(`h1 count: ${levels.join(',')}`);
    levels.forEach((level, index) => {
      const previous = levels[index - 1] ?? 0;
      if (level > previous + 1) problems.push(`h${previous} → h${level}`);
    });
    return problems;
  });
}

/** Visible text whose colour against its background is below WCAG AA. */
export function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (text: string): number[] => (text.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (value: number): number => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]): number =>
      0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const background = (element: Element): number[] => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color.length === 3 || (color[3] ?? 0) > 0) return color.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      if (!hasText || element.closest('option, :disabled, [aria-hidden="true"]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      const [l1, l2] = [luminance(rgba(style.color)), luminance(background(element))].sort(
        (a, b) => b - a,
      );
      const ratio = ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        problems.push(
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`,
        );
      }
    }
    return problems;
  });
}
