/**
 * The Content-Security-Policy of the built site: present on every page, enforced, and loose
 * enough for reveal.js's speaker view (an about:blank window that inherits it).
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SITE_PAGES } from './pages.ts';

const isCspReport = (message: ConsoleMessage): boolean =>
  message.type() === 'error' && /Content Security Policy/i.test(message.text());

async function policyOf(page: Page): Promise<string> {
  return page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
    .then((c) => c ?? '');
}

for (const sitePage of SITE_PAGES) {
  test(`${sitePage.name} runs under a strict policy`, async ({ page }) => {
    // The guard fixture fails the test on any console error, CSP reports included.
    await page.goto(sitePage.path);
    await expect(page.locator(sitePage.ready).first()).toBeAttached();
    const policy = await policyOf(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;/);
    expect(policy).toContain("object-src 'none'");
  });
}

test('the policy blocks injected inline scripts', async ({ deck, page, guard }) => {
  guard.allowConsoleErrors(/Content Security Policy/);
  await deck.open();
  // Waits on the browser's own report of the violation, not on a timer: an inline script that
  // was allowed would have run synchronously on append, so the flag is read right after.
  const outcome = await page.evaluate(
    () =>
      new Promise<{ directive: string; ran: boolean }>((resolve) => {
        const flag = window as unknown as { __injected?: boolean };
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            resolve({ directive: event.effectiveDirective, ran: flag.__injected === true }),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
      }),
  );
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});

test('the speaker view works under the policy', async ({ deck, page }) => {
  await deck.open({ slide: 'programme' });
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  const reports: string[] = [];
  popup.on('console', (m) => {
    if (isCspReport(m)) reports.push(m.text());
  });
  // Its inline script ran: it connected, made the preview frames and shows the notes.
  await expect(popup.locator('.speaker-controls-notes .value')).toContainText(
    'Walk through the programme',
  );
  await expect(popup.locator('#connection-status')).toBeHidden();
  const current = popup.frameLocator('#current-slide iframe');
  await expect(current.locator('html[data-deck-ready="1"]')).toBeAttached();
  await expect(current.locator('.slides > section.present')).toHaveId('programme');
  await page.keyboard.press('ArrowRight');
  await expect(current.locator('.slides > section.present')).toHaveId('objectives');
  expect(reports).toEqual([]);
});
