import { eventTime, justBefore } from './eventTime.ts';
import { DeckPage, expect, RunOfShowPage, test } from './fixtures.ts';

test('R in the deck opens the run-of-show in its own window, and ? lists the key', async ({
  deck,
  page,
}) => {
  await deck.open({ slide: 'title' });
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('r');
  const popup = await popupPromise;
  await expect(popup).toHaveURL(/\/run-of-show\.html$/);
  const runOfShow = new RunOfShowPage(popup);
  await runOfShow.ready();
  await expect(runOfShow.clock).toBeVisible();
  // The deck answered the run-of-show's question: it knows where the deck is.
  await expect(runOfShow.byId('deck')).toContainText('slide 2 of');

  await page.bringToFront();
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByText('Run-of-show (second screen)')).toBeVisible();
});

test('the deck and the run-of-show in one browser: moving to a segment’s first slide starts it', async ({
  page,
  context,
  runOfShow,
}) => {
  await page.clock.install({ time: justBefore(eventTime('11:00:05')) });
  await runOfShow.open();
  const deck = new DeckPage(await context.newPage());
  await deck.open({ slide: 'holding' });
  await expect(runOfShow.byId('deck')).toContainText('slide 1 of');
  await page.clock.pauseAt(eventTime('11:00:05'));

  // The title slide is the opening segment's first slide.
  await deck.page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('title');
  await expect(runOfShow.current).toHaveText('Opening');
  await expect(runOfShow.cue('opening')).toContainText('Started 11:00:05 · 0:05 late');
  // Started late but on course to hand over at 11:10: no drift until it runs past that.
  await expect(runOfShow.drift).toContainText('on time');

  // Moving on inside the segment starts nothing.
  await page.clock.fastForward('08:00');
  await deck.page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('opening');
  await expect(runOfShow.cue('opening')).toContainText('Started 11:00:05');
  await expect(runOfShow.current).toHaveText('Opening');

  for (const id of ['programme', 'objectives', 'why-attend', 'overview']) {
    await deck.page.keyboard.press('ArrowRight');
    await expect(deck.present).toHaveId(id);
  }
  // 1:55 before its planned start, the overview's first slide only offers its start.
  await expect(runOfShow.byId('offer')).toContainText('first slide of Overview, 1:55 before');
  await expect(runOfShow.current).toHaveText('Opening');
  await expect(runOfShow.byId('start-next')).toHaveText('Start Overview now (N)');
  await runOfShow.page.keyboard.press('n');
  await expect(runOfShow.current).toHaveText('Overview');
  await expect(runOfShow.byId('offer')).toHaveCount(0);
  await expect(runOfShow.cue('overview')).toContainText('Started 11:08:05 · 1:55 early');
  await expect(runOfShow.drift).toContainText('1:55 ahead');
  await expect(runOfShow.projectedEnd).toContainText('12:28:05');

  // Going back to the opening's slides changes nothing: a segment starts once.
  await deck.page.keyboard.press('ArrowLeft');
  await expect(deck.present).toHaveId('why-attend');
  await expect(runOfShow.byId('deck')).toContainText('Opening');
  await expect(runOfShow.current).toHaveText('Overview');
});

test('the speaker view shows the timing header and a live status line', async ({
  page,
  context,
  runOfShow,
}, testInfo) => {
  await page.clock.install({ time: justBefore(eventTime('11:10:20')) });
  await runOfShow.open();
  const deck = new DeckPage(await context.newPage());
  await deck.open({ slide: 'why-attend' });

  // reveal's speaker view connects on timers, so it opens while the fake clock runs.
  const popupPromise = deck.page.waitForEvent('popup');
  await deck.page.keyboard.press('s');
  const popup = await popupPromise;
  await expect(popup).toHaveTitle(/Speaker View/);
  const notes = popup.locator('.speaker-controls-notes .value');
  await expect(notes).toContainText('Opening · 11:00–11:10 Bangkok');

  await page.clock.pauseAt(eventTime('11:10:20'));
  await deck.page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('overview');
  await expect(runOfShow.current).toHaveText('Overview');
  await expect(notes).toContainText('Overview · 11:10–11:15 Bangkok');
  await expect(notes).toContainText('This slide: 11:10–11:11 · 1:00 (slide 1 of 5)');
  await expect(notes).toContainText('Cue: 11:15 hand over to Ms. Joanna Wilson, moderator');

  const preview = popup.frameLocator('#current-slide iframe');
  const status = preview.getByTestId('run-of-show.status-line');
  // The hard stop: 4:40 to the planned 11:15 hand-over. Started 0:20 late, but on course to
  // hand over on time, so the show still ends at 12:30.
  await expect(status).toHaveText('Overview · 04:40 left · on time · ends 12:30:00');
  await page.clock.runFor(1000);
  await expect(status).toHaveText('Overview · 04:39 left · on time · ends 12:30:00');
  await popup.screenshot({ path: testInfo.outputPath('speaker-view-1280x720.png') });
  // Only the current slide's preview carries it, not the upcoming one.
  await expect(popup.frameLocator('#upcoming-slide iframe').locator('.reveal.ready')).toHaveCount(
    1,
  );
  await expect(
    popup.frameLocator('#upcoming-slide iframe').getByTestId('run-of-show.status-line'),
  ).toHaveCount(0);

  // The run-of-show records a new start: the status line follows at once.
  await page.clock.fastForward('05:00');
  await runOfShow.byId('start-next').click();
  await expect(status).toContainText('Interactive panel discussion');
  await expect(status).toContainText('69:39 left · on time');
  await expect(status).toHaveAttribute('data-warning', 'normal');
  await expect(status).toContainText('next: Audience Q&A opens 11:55');
  // The host gives the panel a minute: the speaker view's status line says so.
  await runOfShow.byId('replan-more').click();
  await expect(status).toContainText('70:39 left');
  await expect(status).toContainText('re-planned +1 min, hand over 12:26');
});
