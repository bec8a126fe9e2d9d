/**
 * The run-of-show on the day of a show with a hard stop at 12:30 Bangkok: the moments
 * where a stressed moderator needs the page to say the right thing.
 */
import { readFile } from 'node:fs/promises';
import { eventTime, justBefore } from './eventTime.ts';
import { DeckPage, SpeakerPage, expect, test, type RunOfShowPage } from './fixtures.ts';

/** Opens the run-of-show with the fake clock stopped at `time` on the event's day. */
async function openAt(runOfShow: RunOfShowPage, time: string): Promise<void> {
  const at = eventTime(time);
  await runOfShow.page.clock.install({ time: justBefore(at) });
  await runOfShow.open();
  await runOfShow.page.clock.pauseAt(at);
}

/** Whether `locator` lies wholly inside the viewport, without scrolling. */
async function isInView(runOfShow: RunOfShowPage, testId: string): Promise<boolean> {
  const box = await runOfShow.byId(testId).boundingBox();
  const size = runOfShow.page.viewportSize();
  if (!box || !size) return false;
  return (
    box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
  );
}

test('10:55: moving the deck to the title only offers the opening; one key starts it', async ({
  page,
  context,
  runOfShow,
}) => {
  await page.clock.install({ time: justBefore(eventTime('10:55:00')) });
  await runOfShow.open();
  const deck = new DeckPage(await context.newPage());
  await deck.open({ slide: 'holding' });
  await page.clock.pauseAt(eventTime('10:55:00'));
  await deck.page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('title');

  await expect(runOfShow.byId('offer')).toContainText(
    'first slide of Opening, 5:00 before its planned start (11:00)',
  );
  await expect(runOfShow.countdown).toBeVisible();
  await expect(runOfShow.drift).toContainText('not started');
  await expect(runOfShow.byId('start-next')).toHaveText('Start Opening now (N)');

  // Nothing was recorded: at 11:00 the page is on time, not "4:52 ahead".
  await page.clock.fastForward('05:00');
  await page.keyboard.press('n');
  await expect(runOfShow.current).toHaveText('Opening');
  await expect(runOfShow.drift).toContainText('on time');
  await expect(runOfShow.byId('offer')).toHaveCount(0);
});

test('10:58 title, 11:01 opening slide: the opening is recorded at 11:01, and the offer says “after”', async ({
  page,
  context,
  runOfShow,
}) => {
  await page.clock.install({ time: justBefore(eventTime('10:58:00')) });
  await runOfShow.open();
  const deck = new DeckPage(await context.newPage());
  await deck.open({ slide: 'holding' });
  await page.clock.pauseAt(eventTime('10:58:00'));
  await deck.page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('title');
  await expect(runOfShow.byId('offer')).toContainText('2:00 before its planned start (11:00)');

  await page.clock.fastForward('02:22');
  await expect(runOfShow.clock).toHaveText('11:00:22');
  await expect(runOfShow.byId('offer')).toContainText('0:22 after its planned start (11:00)');

  await page.clock.fastForward('00:38');
  await deck.page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('opening');
  await expect(runOfShow.cue('opening')).toContainText('Started 11:01:00 · 1:00 late');
  await expect(runOfShow.byId('offer')).toHaveCount(0);
  await expect(runOfShow.byId('wrap-by')).toHaveText('On course: wrap the opening by 11:10');
  await page.bringToFront();
  await runOfShow.byId('end').click();
  await expect(runOfShow.byId('report-row').filter({ hasText: 'Opening' })).toContainText(
    '11:01:00',
  );
});

test('11:20 with nothing recorded: the button offers “Start Panel now”', async ({ runOfShow }) => {
  await openAt(runOfShow, '11:20:00');
  await expect(runOfShow.byId('start-next')).toHaveText('Start Panel now (N)');
  await runOfShow.byId('start-next').click();
  await expect(runOfShow.current).toContainText('panel');
  await expect(runOfShow.cue('panel')).toContainText('Started 11:20:00 · 5:00 late');
  await expect(runOfShow.cue('opening')).not.toContainText('Started');
});

test('12:24 in a panel that started 6:02 late: 1:00 left to the hand-over, the lateness beside it', async ({
  runOfShow,
  page,
}) => {
  await openAt(runOfShow, '11:21:02');
  await page.keyboard.press('n');
  await expect(runOfShow.cue('panel')).toContainText('Started 11:21:02 · 6:02 late');
  await page.clock.fastForward('01:02:58');
  await expect(runOfShow.clock).toHaveText('12:24:00');
  await expect(runOfShow.remaining).toHaveText('01:00 left');
  await expect(runOfShow.remaining).toHaveAttribute('data-warning', 'amber');
  await expect(runOfShow.byId('lateness')).toHaveText('Started 6:02 late');
  await expect(runOfShow.byId('lateness')).toHaveAttribute('data-warning', 'amber');
  await expect(runOfShow.byId('wrap-by')).toHaveText('On course: wrap the panel by 12:25');
  // One story: on course to hand over at 12:25, the show is not said to run past 12:30.
  await expect(runOfShow.drift).toContainText('on time');
  await expect(runOfShow.projectedEnd).toContainText('12:30:00');
  await expect(runOfShow.byId('overrun-warning')).toHaveCount(0);

  await page.clock.fastForward('01:01');
  await expect(runOfShow.remaining).toHaveText('+00:01 past hand-over');
  await expect(runOfShow.byId('lateness')).toHaveAttribute('data-warning', 'red');
  await expect(runOfShow.byId('wrap-by')).toContainText('Hand over now (the hand-over was 12:25)');
  await expect(runOfShow.byId('overrun-warning')).toContainText('Runs past the planned end');
});

test('re-planning: +1 min on the overview comes from the panel, and the report keeps the plan', async ({
  runOfShow,
  page,
}) => {
  await openAt(runOfShow, '11:10:00');
  await page.keyboard.press('n');
  await expect(runOfShow.current).toHaveText('Overview');
  await expect(runOfShow.remaining).toHaveText('05:00 left');
  await runOfShow.byId('replan-more').click();
  await expect(runOfShow.remaining).toHaveText('06:00 left');
  await expect(runOfShow.cue('overview')).toContainText('11:10–11:16');
  await expect(runOfShow.cue('panel')).toContainText('11:16–12:25');
  await expect(runOfShow.next).toContainText('planned 11:16');
  await page.keyboard.press('+');
  await page.keyboard.press('-');
  await expect(runOfShow.remaining).toHaveText('06:00 left');
  await expect(runOfShow.cue('wrap-up')).toContainText('12:25–12:30');

  // The show still ends at 12:30; the report shows the plan as announced.
  await page.clock.fastForward('06:00');
  await page.keyboard.press('n');
  await page.keyboard.press('e');
  await expect(runOfShow.byId('report-row').filter({ hasText: 'Overview' })).toContainText(
    '11:10–11:15',
  );
});

test('a re-plan on the run-of-show moves the moderator’s times on her page, which says so', async ({
  runOfShow,
  page,
  context,
}) => {
  await openAt(runOfShow, '11:15:00');
  await page.keyboard.press('n');
  await expect(runOfShow.current).toContainText('panel');
  // The moderator's page in the same browser follows the run-of-show's record.
  const moderator = new SpeakerPage(await context.newPage());
  await moderator.open('joanna-wilson');
  const handOver = moderator.byId('plan-row').filter({ hasText: 'Hand over' });
  await expect(handOver).toContainText('15:25 Canberra (12:25 Bangkok)');
  await expect(moderator.byId('replanned')).toHaveCount(0);

  await runOfShow.byId('replan-more').click();
  await expect(runOfShow.cue('panel')).toContainText('11:15–12:26');
  await expect(runOfShow.cue('panel').getByTestId('run-of-show.replanned')).toHaveText(
    'Re-planned: announced 11:15–12:25',
  );
  await expect(runOfShow.cue('opening').getByTestId('run-of-show.replanned')).toHaveCount(0);
  await expect(handOver).toContainText('15:26 Canberra (12:26 Bangkok)');
  await expect(moderator.segment('panel').getByTestId('speaker.replanned')).toHaveText(
    'Re-planned by the host: now 14:15–15:26 Canberra (11:15–12:26 Bangkok); announced 11:15–12:25 Bangkok.',
  );
  await expect(moderator.segment('wrap-up').getByTestId('speaker.cue-in')).toContainText(
    '15:26 Canberra (12:26 Bangkok)',
  );
  // The hard stop does not move.
  await expect(moderator.segment('wrap-up').getByTestId('speaker.cue-out')).toContainText(
    '15:30 Canberra (12:30 Bangkok) close the session',
  );
});

test('checkpoints: listed with the time to each, and a warning as each comes up', async ({
  runOfShow,
  page,
}) => {
  await openAt(runOfShow, '11:15:00');
  await page.keyboard.press('n');
  const checkpoints = runOfShow.cue('panel').getByTestId('run-of-show.checkpoint');
  await expect(checkpoints).toHaveText([
    '11:55 Audience Q&A opens · in 40 min',
    '12:18 Last question · in 1 h 03 min',
  ]);
  await expect(runOfShow.byId('checkpoint-alert')).toHaveCount(0);
  await page.clock.fastForward('38:30');
  await expect(runOfShow.byId('checkpoint-alert')).toHaveText(
    'Audience Q&A opens at 11:55: in 01:30',
  );
  await page.clock.fastForward('01:30');
  await expect(runOfShow.byId('checkpoint-alert')).toHaveText('Audience Q&A opens: now (11:55)');
  await expect(checkpoints.first()).toHaveAttribute('data-passed', 'true');
  await page.clock.fastForward('01:00');
  await expect(runOfShow.byId('checkpoint-alert')).toHaveCount(0);
});

test('at 1280×720 the controls and the time left are on screen without scrolling', async ({
  runOfShow,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openAt(runOfShow, '11:21:02');
  await page.keyboard.press('n');
  await page.clock.fastForward('50:00');
  await page.screenshot({ path: testInfo.outputPath('show-day-late-panel-1280x720.png') });
  for (const id of ['remaining', 'start-next', 'undo', 'end', 'replan-more', 'replan-less']) {
    expect(await isInView(runOfShow, id), `${id} is in view`).toBe(true);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the report adds up to the second in the page, the CSV and the JSON', async ({
  runOfShow,
  page,
}) => {
  // A 10:00 opening that runs 12:01 and a 5:00 overview that runs 7:00, with starts that
  // fall between seconds.
  await openAt(runOfShow, '11:00:00');
  await page.clock.runFor(400);
  await page.keyboard.press('n');
  await page.clock.runFor('12:01');
  await page.keyboard.press('n');
  await page.clock.runFor('07:00');
  await page.keyboard.press('e');
  const row = (label: string) => runOfShow.byId('report-row').filter({ hasText: label });
  await expect(row('Opening')).toContainText('12:01');
  await expect(row('Opening')).toContainText('2:01 over');
  await expect(row('Overview')).toContainText('7:00');
  await expect(row('Overview')).toContainText('2:00 over');

  const csvDownload = page.waitForEvent('download');
  await runOfShow.byId('export-csv').click();
  const lines = (await readFile(await (await csvDownload).path(), 'utf8')).trim().split('\r\n');
  expect(lines[1]).toMatch(/,600,[^,]+,[^,]+,721,121,0$/);
  expect(lines[2]).toMatch(/,300,[^,]+,[^,]+,420,120,/);

  const jsonDownload = page.waitForEvent('download');
  await runOfShow.byId('export-json').click();
  const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as {
    segments: { plannedSeconds: number; actualSeconds: number; overrunSeconds: number }[];
  };
  for (const s of json.segments.slice(0, 2)) {
    expect(s.actualSeconds - s.plannedSeconds).toBe(s.overrunSeconds);
  }
});

test('recording chapters from the slide changes, measured from the recording start', async ({
  page,
  context,
  runOfShow,
}) => {
  await page.clock.install({ time: justBefore(eventTime('10:59:00')) });
  await runOfShow.open();
  const deck = new DeckPage(await context.newPage());
  await deck.open({ slide: 'holding' });
  await page.clock.pauseAt(eventTime('10:59:00'));
  await page.keyboard.press('c');
  await page.clock.fastForward('01:00');
  await deck.page.keyboard.press('ArrowRight');
  await expect(runOfShow.current).toHaveText('Opening');
  await page.clock.fastForward('02:30');
  await deck.page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('opening');
  await page.clock.fastForward('01:00');
  await page.keyboard.press('e');
  await expect(runOfShow.byId('recording-note')).toContainText(
    'measured from the recording’s start at 10:59:00 (set by the host)',
  );

  const listDownload = page.waitForEvent('download');
  await runOfShow.byId('export-chapters').click();
  const list = await readFile(await (await listDownload).path(), 'utf8');
  expect(list.split('\n')[0]).toMatch(/^0:00 /);
  expect(list).toMatch(/\n1:00 .+\n3:30 .+\n$/);

  const vttDownload = page.waitForEvent('download');
  await runOfShow.byId('export-vtt').click();
  const vtt = await readFile(await (await vttDownload).path(), 'utf8');
  expect(vtt.startsWith('WEBVTT\n\n1\n00:00:00.000 --> 00:01:00.000\n')).toBe(true);
  expect(vtt).toContain('00:03:30.000 --> 00:04:30.000');
});

test('the run-of-show offers the whole programme as a calendar file', async ({
  runOfShow,
  page,
}) => {
  await openAt(runOfShow, '10:00:00');
  const download = page.waitForEvent('download');
  await runOfShow.byId('calendar').click();
  const ics = (await readFile(await (await download).path(), 'utf8')).replace(/\r\n[ \t]/g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  expect(ics).toContain('METHOD:PUBLISH');
  expect(ics).toContain('DTSTART:20250828T040000Z');
  expect(ics).toContain('DTEND:20250828T053000Z');
  expect(ics).toContain('Zoom link');
});
