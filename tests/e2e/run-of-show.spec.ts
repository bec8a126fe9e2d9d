import { readFile } from 'node:fs/promises';
import { loadModel } from '../../data/index.ts';
import { eventTime, justBefore } from './eventTime.ts';
import { buildStoreKey } from '../../src/store/parseSaved.ts';
import {
  expect,
  RunOfShowPage as RunOfShowPageClass,
  test,
  type RunOfShowPage,
} from './fixtures.ts';

const model = loadModel();
const RECORD_KEY = buildStoreKey(model.event.id, 'run-of-show', 'record');

/** Opens the run-of-show with the fake clock stopped at `time` on the event's day. */
async function openAt(runOfShow: RunOfShowPage, time: string, mode?: 'rehearsal'): Promise<void> {
  const at = eventTime(time);
  await runOfShow.page.clock.install({ time: justBefore(at) });
  await runOfShow.open(mode ? { mode } : {});
  await runOfShow.page.clock.pauseAt(at);
}

test.describe('before the show, seen from Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('a Bangkok clock counts down to the first segment', async ({ runOfShow, page }) => {
    await openAt(runOfShow, '10:45:00');
    await expect(runOfShow.clock).toHaveText('10:45:00');
    await expect(runOfShow.page.getByTestId('run-of-show.event-date')).toContainText(
      'Thursday 28 August 2025 · 11:00–12:30 Bangkok',
    );
    await expect(runOfShow.countdown).toHaveText('15:00');
    await expect(runOfShow.next).toContainText('Opening');
    await expect(runOfShow.next).toContainText('Ms. Marina Patrier');
    await expect(runOfShow.drift).toContainText('not started');
    await expect(runOfShow.projectedEnd).toContainText('Planned end');
    await expect(runOfShow.projectedEnd).toContainText('12:30:00');
    await expect(runOfShow.current).toHaveCount(0);

    await page.clock.fastForward('01:00');
    await expect(runOfShow.clock).toHaveText('10:46:00');
    await expect(runOfShow.countdown).toHaveText('14:00');
  });

  test('the cue list has every segment, in Bangkok time and each speaker’s zone', async ({
    runOfShow,
  }) => {
    await openAt(runOfShow, '10:45:00');
    await expect(runOfShow.cues).toHaveCount(model.agenda.length);
    for (const [i, item] of model.agenda.entries()) {
      await expect(runOfShow.cues.nth(i)).toHaveAttribute('data-segment', item.id);
    }
    await expect(runOfShow.cue('opening')).toHaveAttribute('data-state', 'next');
    await expect(runOfShow.cue('overview')).toContainText('11:10–11:15');
    await expect(runOfShow.cue('overview')).toContainText('06:10–06:15 Paris');
    await expect(runOfShow.cue('panel')).toContainText('06:15–07:25 Pretoria');
    await expect(runOfShow.cue('panel')).toContainText('14:15–15:25 Canberra');
    await expect(runOfShow.cue('overview')).toContainText(
      'Cue: 11:15 hand over to Ms. Joanna Wilson, moderator',
    );
  });

  test('it links to every speaker’s page', async ({ runOfShow, speakerPage }) => {
    await openAt(runOfShow, '10:45:00');
    const links = runOfShow.byId('speaker-link');
    await expect(links).toHaveCount(model.speakers.length);
    for (const speaker of model.speakers) {
      await expect(
        links.and(runOfShow.page.locator(`[data-speaker="${speaker.id}"]`)),
      ).toHaveAttribute('href', `speaker.html?speaker=${speaker.id}`);
    }
    await links.first().click();
    await speakerPage.ready();
    await expect(speakerPage.segments.first()).toBeVisible();
  });
});

test('during the show with nothing recorded, it follows the clock', async ({ runOfShow }) => {
  await openAt(runOfShow, '11:04:00');
  await expect(runOfShow.current).toHaveText('Opening');
  await expect(runOfShow.remaining).toHaveText('06:00 left');
  await expect(runOfShow.drift).toContainText('no start recorded');
  await expect(runOfShow.next).toContainText('Overview');
});

test('at segment boundaries: amber in the last two minutes, red at zero, then overtime and drift', async ({
  runOfShow,
  page,
}) => {
  await openAt(runOfShow, '11:00:00');
  await page.keyboard.press('n');
  await expect(runOfShow.current).toHaveText('Opening');
  await expect(runOfShow.remaining).toHaveText('10:00 left');
  await expect(runOfShow.drift).toContainText('on time');

  await page.clock.fastForward('07:59');
  await expect(runOfShow.remaining).toHaveText('02:01 left');
  await expect(runOfShow.remaining).toHaveAttribute('data-warning', 'normal');
  await page.clock.runFor(1000);
  await expect(runOfShow.remaining).toHaveText('02:00 left');
  await expect(runOfShow.remaining).toHaveAttribute('data-warning', 'amber');
  await expect(runOfShow.page.locator('.ros-now .meter')).toHaveAttribute('data-level', 'amber');

  await page.clock.fastForward('02:00');
  await expect(runOfShow.remaining).toHaveText('00:00 left');
  await expect(runOfShow.remaining).toHaveAttribute('data-warning', 'red');
  await expect(runOfShow.drift).toContainText('on time');
  await expect(runOfShow.byId('overrun-warning')).toHaveCount(0);

  await page.clock.runFor('00:30');
  await expect(runOfShow.remaining).toHaveText('+00:30 past hand-over');
  await expect(runOfShow.remaining).toHaveAttribute('data-warning', 'red');
  await expect(runOfShow.drift).toContainText('0:30 behind');
  await expect(runOfShow.projectedEnd).toContainText('12:30:30');
  await expect(runOfShow.byId('overrun-warning')).toContainText('Runs past the planned end, 12:30');

  await runOfShow.byId('start-next').click();
  await expect(runOfShow.current).toHaveText('Overview');
  // A late start does not move the hand-over: 4:30 to 11:15, with the lateness beside it.
  await expect(runOfShow.remaining).toHaveText('04:30 left');
  await expect(runOfShow.remaining).toHaveAttribute('data-warning', 'normal');
  await expect(runOfShow.byId('lateness')).toHaveText('Started 0:30 late');
  await expect(runOfShow.byId('lateness')).toHaveAttribute('data-warning', 'amber');
  await expect(runOfShow.byId('wrap-by')).toHaveText('On course: wrap the overview by 11:15');
  // On course to hand over at 11:15: the opening's overtime is made up, no alarm.
  await expect(runOfShow.drift).toContainText('on time');
  await expect(runOfShow.byId('overrun-warning')).toHaveCount(0);
  await expect(runOfShow.cue('opening')).toHaveAttribute('data-state', 'done');
  await expect(runOfShow.cue('overview')).toHaveAttribute('data-state', 'current');
  await expect(runOfShow.cue('overview')).toContainText('Started 11:10:30 · 0:30 late');

  // Undo takes the overview's start back; the opening runs on.
  await page.keyboard.press('u');
  await expect(runOfShow.current).toHaveText('Opening');
  await expect(runOfShow.remaining).toHaveText('+00:30 past hand-over');
});

test('running early shows the show ahead, and the projected end before 12:30', async ({
  runOfShow,
  page,
}) => {
  await openAt(runOfShow, '11:00:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('08:45');
  await page.keyboard.press('n');
  await expect(runOfShow.current).toHaveText('Overview');
  await expect(runOfShow.drift).toContainText('1:15 ahead');
  await expect(runOfShow.drift).toHaveAttribute('data-pace', 'ahead');
  await expect(runOfShow.projectedEnd).toContainText('12:28:45');
  await expect(runOfShow.byId('overrun-warning')).toHaveCount(0);
});

test('after the show: planned against actual, exported as CSV and JSON, kept on reload', async ({
  runOfShow,
  page,
}) => {
  await openAt(runOfShow, '11:00:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('10:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('05:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('01:10:00');
  await page.keyboard.press('n');
  await expect(runOfShow.current).toHaveText('Wrap up');
  await expect(runOfShow.next).toContainText('Close of the session');
  await page.clock.fastForward('06:00');
  await expect(runOfShow.remaining).toHaveText('+01:00 past hand-over');
  await page.keyboard.press('e');

  const report = runOfShow.byId('report');
  await expect(report).toBeVisible();
  await expect(runOfShow.current).toHaveCount(0);
  await expect(runOfShow.projectedEnd).toContainText('ended 12:31:00');
  await expect(runOfShow.drift).toContainText('1:00 behind');
  const rows = runOfShow.byId('report-row');
  await expect(rows).toHaveCount(model.agenda.length);
  await expect(rows.filter({ hasText: 'Wrap up' })).toContainText('12:25:00');
  await expect(rows.filter({ hasText: 'Wrap up' })).toContainText('1:00 over');
  await expect(rows.filter({ hasText: 'Opening' })).toContainText('on time');

  const csvDownload = page.waitForEvent('download');
  await runOfShow.byId('export-csv').click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'segment,label,plannedStart,plannedEnd,plannedSeconds,actualStart,actualEnd,actualSeconds,overrunSeconds,startDriftSeconds',
  );
  expect(lines).toHaveLength(model.agenda.length + 1);
  expect(lines.at(-1)).toBe(
    'wrap-up,Wrap up,2025-08-28T12:25:00+07:00,2025-08-28T12:30:00+07:00,300,2025-08-28T12:25:00+07:00,2025-08-28T12:31:00+07:00,360,60,0',
  );

  const jsonDownload = page.waitForEvent('download');
  await runOfShow.byId('export-json').click();
  const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as {
    event: { id: string };
    showEnd: string;
    segments: { segment: string; actualSeconds: number | null }[];
  };
  expect(json.event.id).toBe(model.event.id);
  expect(json.showEnd).toBe('2025-08-28T12:31:00+07:00');
  expect(json.segments.map((s) => s.segment)).toEqual(model.agenda.map((a) => a.id));
  expect(json.segments.map((s) => s.actualSeconds)).toEqual([600, 300, 4200, 360]);

  await page.reload();
  await runOfShow.ready();
  await expect(runOfShow.byId('report-row')).toHaveCount(model.agenda.length);
  await expect(runOfShow.projectedEnd).toContainText('ended 12:31:00');
});

test('after 12:30 with nothing recorded, the page says so and still offers the plan', async ({
  runOfShow,
}) => {
  await openAt(runOfShow, '12:40:00');
  await expect(runOfShow.byId('report')).toBeVisible();
  await expect(runOfShow.byId('report-row').first()).toContainText('not recorded');
  await expect(runOfShow.current).toHaveCount(0);
  await expect(runOfShow.next).toHaveCount(0);
});

test('rehearsal: start, pause, resume and reload on the rehearsal clock', async ({
  runOfShow,
  page,
}, testInfo) => {
  // The real time is days before the event: the rehearsal clock has its own time.
  const real = new Date(eventTime('11:00:00').getTime() - 3 * 24 * 3600_000);
  await page.clock.install({ time: justBefore(real) });
  await runOfShow.open({ mode: 'rehearsal' });
  await page.clock.pauseAt(real);

  await runOfShow.byId('rehearsal-segment').selectOption('panel');
  await expect(runOfShow.clock).toHaveText('11:15:00');
  await expect(runOfShow.byId('rehearsal-status')).toHaveAttribute('data-status', 'idle');
  await runOfShow.byId('rehearsal-start').click();
  await expect(runOfShow.current).toHaveText(model.agenda[2]?.label ?? '');
  await expect(runOfShow.remaining).toHaveText('70:00 left');

  await page.clock.fastForward('02:00');
  await expect(runOfShow.clock).toHaveText('11:17:00');
  await expect(runOfShow.remaining).toHaveText('68:00 left');
  await page.screenshot({ path: testInfo.outputPath('run-of-show-rehearsal-1280x720.png') });

  await runOfShow.byId('rehearsal-pause').click();
  await page.clock.fastForward('01:00');
  await expect(runOfShow.clock).toHaveText('11:17:00');

  await page.reload();
  await runOfShow.ready();
  await expect(runOfShow.byId('rehearsal-status')).toHaveAttribute('data-status', 'paused');
  await expect(runOfShow.clock).toHaveText('11:17:00');
  await expect(runOfShow.remaining).toHaveText('68:00 left');

  await runOfShow.byId('rehearsal-resume').click();
  await page.clock.runFor('00:30');
  await expect(runOfShow.clock).toHaveText('11:17:30');

  // Running on through a reload: the clock is derived from the saved timestamps.
  await page.reload();
  await runOfShow.ready();
  await expect(runOfShow.byId('rehearsal-status')).toHaveAttribute('data-status', 'running');
  await page.clock.runFor('00:30');
  await expect(runOfShow.clock).toHaveText('11:18:00');

  await runOfShow.byId('rehearsal-reset').click();
  await expect(runOfShow.clock).toHaveText('11:15:00');
  await expect(runOfShow.byId('rehearsal-status')).toHaveAttribute('data-status', 'idle');

  // The live run-of-show kept nothing of the rehearsal.
  await runOfShow.open();
  await expect(runOfShow.drift).toContainText('not started');
});

test('screenshots of the run-of-show at 1280×720', async ({ runOfShow, page }, testInfo) => {
  await openAt(runOfShow, '10:52:00');
  await page.screenshot({ path: testInfo.outputPath('run-of-show-before-1280x720.png') });
  await page.clock.fastForward('08:10');
  await page.keyboard.press('n');
  await page.clock.fastForward('09:05');
  await expect(runOfShow.remaining).toHaveText('00:45 left');
  await expect(runOfShow.byId('lateness')).toHaveText('Started 0:10 late');
  await page.screenshot({ path: testInfo.outputPath('run-of-show-during-1280x720.png') });
  await page.clock.fastForward('01:30');
  await page.keyboard.press('n');
  await page.clock.fastForward('05:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('01:12:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('05:00');
  await page.keyboard.press('e');
  await expect(runOfShow.byId('report')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('run-of-show-after-1280x720.png') });
});

test('unreadable saved times: a notice, the text offered for download, and a clean start', async ({
  runOfShow,
  page,
}) => {
  const key = `${model.event.id}:run-of-show:record`;
  await page.addInitScript(
    ([k]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          k!,
          '{"version":2,"data":[{"id":"x","at":"eleven","kind":"start","segmentId":"opening"}]}',
        );
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key],
  );
  await openAt(runOfShow, '11:05:00');
  const notice = runOfShow.byId('notice');
  await expect(notice).toContainText('Saved show records could not be read');
  await expect(notice).toContainText('events[0] is not a show event');
  const download = page.waitForEvent('download');
  await notice.getByRole('link', { name: 'Download the saved text' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('"eleven"');

  await page.keyboard.press('n');
  await expect(runOfShow.cue('opening')).toContainText('Started 11:05:00');
  await page.reload();
  await runOfShow.ready();
  await expect(runOfShow.byId('notice')).toHaveCount(0);
  await expect(runOfShow.cue('opening')).toContainText('Started 11:05:00');
});

test('without BroadcastChannel the page says so and works by hand', async ({ runOfShow, page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: removed to stand in for a browser that lacks it
    delete window.BroadcastChannel;
  });
  await openAt(runOfShow, '11:00:00');
  await expect(runOfShow.byId('notice')).toContainText('cannot link the run-of-show to the deck');
  await expect(runOfShow.byId('deck')).toContainText('mark each segment with the buttons');
  await runOfShow.byId('start-next').click();
  await expect(runOfShow.current).toHaveText('Opening');
});

test('two run-of-show windows keep each other’s records: the first mark of a segment stands', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  // One fake clock drives every page of the context.
  await context.clock.install({ time: justBefore(eventTime('11:00:05')) });
  const a = new RunOfShowPageClass(first);
  const b = new RunOfShowPageClass(second);
  // The second window never hears the first one's storage events, as a busy or sleeping
  // window may not: its own copy of the record goes stale.
  await second.addInitScript(() => {
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: [EventListener, boolean?]) => {
      if (type !== 'storage') add(type, ...rest);
    }) as typeof window.addEventListener;
  });
  await a.open();
  await b.open();
  await context.clock.pauseAt(eventTime('11:00:05'));
  // Keys go to the window in front, as a host's would: each window is brought to the front
  // before its keys (with two open, the other may hold the focus).
  await first.bringToFront();
  await first.keyboard.press('n');
  await expect(a.current).toContainText('Opening');
  await expect(a.cue('opening')).toContainText('Started 11:00:05 · 0:05 late');

  await expect(b.drift).toContainText('no start recorded');
  await context.clock.pauseAt(eventTime('11:00:20'));
  // Its "start next" applies to the record as stored, so it starts the segment after the
  // opening instead of marking the opening again over the first window's mark.
  await second.bringToFront();
  await second.keyboard.press('n');
  await expect(b.current).toContainText('Overview');

  const stored = await second.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  const log = (
    JSON.parse(stored ?? '{}') as { data: { kind: string; segmentId?: string; at: number }[] }
  ).data;
  expect(log.filter((e) => e.kind === 'start').map((e) => [e.segmentId, e.at])).toEqual([
    ['opening', eventTime('11:00:05').getTime()],
    ['overview', eventTime('11:00:20').getTime()],
  ]);
  await first.reload();
  await a.ready();
  await expect(a.current).toContainText('Overview');
});

test('a tick lays out only the clock and the countdown: each sits in a box of fixed size that contains it', async ({
  runOfShow,
}) => {
  await openAt(runOfShow, '11:20:00');
  await expect(runOfShow.remaining).toContainText('left');
  const boxes = {
    clock: runOfShow.clock,
    countdown: runOfShow.remaining.locator('.ros-remaining-value'),
    bar: runOfShow.page.getByRole('progressbar'),
  };
  for (const [name, box] of Object.entries(boxes)) {
    const style = await box.evaluate((el) => {
      const s = getComputedStyle(el);
      return { contain: s.contain, digits: s.fontVariantNumeric };
    });
    expect(style.contain, name).toBe('strict');
    if (name !== 'bar') expect(style.digits, name).toContain('tabular-nums');
  }
  // The contained boxes are as big as their texts: nothing is cut off.
  for (const box of [boxes.clock, boxes.countdown]) {
    const size = await box.evaluate((el) => ({
      text: el.textContent,
      box: el.clientWidth,
      text_width: el.scrollWidth,
    }));
    expect(size.text_width, JSON.stringify(size)).toBeLessThanOrEqual(size.box + 1);
  }
});
