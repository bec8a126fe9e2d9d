// @vitest-environment jsdom
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../data/validate.ts';
import { fixtureInput, fixtureModel } from '../../fixtures/model.ts';
import { formatCsvField } from '../../../src/lib/formatCsv.ts';
import { buildReportRecords, formatReportCsv } from '../../../src/runofshow/formatReport.ts';
import { cueListPart, getCueState } from '../../../src/runofshow/parts/cueList.ts';
import { nextPart } from '../../../src/runofshow/parts/next.ts';
import { nowPart } from '../../../src/runofshow/parts/now.ts';
import { pacePart } from '../../../src/runofshow/parts/pace.ts';
import type { RunOfShowContext } from '../../../src/runofshow/runOfShowContext.ts';
import { formatStatusLine } from '../../../src/runofshow/renderStatusLine.ts';
import { buildShowReport } from '../../../src/show/showReport.ts';
import {
  getShowFrame,
  getShowMoment,
  getShowStatus,
  type ShowMoment,
} from '../../../src/show/drift.ts';
import { emptyShowRecord, type ShowRecord } from '../../../src/show/showLog.ts';
import { applyReplans } from '../../../src/show/replan.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';

const model = fixtureModel;
const schedule = buildSchedule(model);
const ctx: RunOfShowContext = {
  model,
  schedule,
  mode: 'live',
  speakerHref: (id) => `speaker.html?speaker=${id}`,
};
const at = (time: string): DateTime =>
  DateTime.fromISO(`2025-08-28T${time}`, { zone: schedule.zone });
const record = (starts: Record<string, string>): ShowRecord => ({
  ...emptyShowRecord,
  starts: Object.fromEntries(Object.entries(starts).map(([id, t]) => [id, at(t).toMillis()])),
  end: null,
});
/** The live parts' input at `time`: the show's frame and its figures then. */
const momentAt = (rec: ShowRecord, time: string, plan = schedule): ShowMoment => {
  const ms = at(time).toMillis();
  return getShowMoment(getShowFrame(plan, rec, ms), ms);
};
const testIds = (el: Element): string[] =>
  [...el.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid') ?? '');

describe('the run-of-show’s parts in each phase', () => {
  it('before: a countdown, no current segment', () => {
    const status = getShowStatus(schedule, emptyShowRecord, at('10:59:30'));
    const now = nowPart.draw(ctx, momentAt(emptyShowRecord, '10:59:30'));
    expect(testIds(now)).toEqual(['run-of-show.countdown']);
    expect(now.textContent).toContain('0:30');
    expect(nextPart.draw(ctx, status)?.dataset.segment).toBe('opening');
  });

  it('during: current, remaining with its warning, drift and projected end', () => {
    const moment = momentAt(record({ opening: '11:01' }), '11:09:30');
    const now = nowPart.draw(ctx, moment);
    expect(now.querySelector('[data-testid="run-of-show.current"]')?.textContent).toBe('Opening');
    const remaining = now.querySelector('[data-testid="run-of-show.remaining"]');
    // The hard stop: 0:30 to the planned 11:10 hand-over, whatever the late start.
    expect(remaining?.querySelector('.ros-remaining-value')?.textContent).toBe('00:30');
    expect(remaining?.getAttribute('data-warning')).toBe('amber');
    expect(now.querySelector('[data-testid="run-of-show.lateness"]')?.textContent).toBe(
      'Started 1:00 late',
    );
    expect(now.querySelector('[data-testid="run-of-show.wrap-by"]')?.textContent).toBe(
      'On course: wrap the opening by 11:10',
    );
    // One story: on course to hand over at 11:10, the show is not said to run past its end.
    const pace = pacePart.draw(ctx, moment);
    expect(pace.querySelector('[data-testid="run-of-show.drift"]')?.textContent).toContain(
      'on time',
    );
    expect(pace.querySelector('[data-testid="run-of-show.projected-end"]')?.textContent).toContain(
      '12:30:00',
    );
    expect(pace.querySelector('[data-testid="run-of-show.overrun-warning"]')).toBeNull();
  });

  it('past the hand-over: “hand over now”, and over and under add up', () => {
    // The overview starts 6:00 late at 11:16 and its speaker talks 4 minutes of her 5.
    const moment = momentAt(record({ opening: '11:00', overview: '11:16' }), '11:20');
    const now = nowPart.draw(ctx, moment);
    const remaining = now.querySelector('[data-testid="run-of-show.remaining"]');
    expect(remaining?.textContent).toBe('+05:00 past hand-over');
    expect(remaining?.getAttribute('data-warning')).toBe('red');
    const wrap = now.querySelector('[data-testid="run-of-show.wrap-by"]');
    expect(wrap?.textContent).toBe(
      'Hand over now (the hand-over was 11:15) · started 6:00 late, 4:00 used of its 5:00',
    );
    expect(wrap?.getAttribute('data-warning')).toBe('red');
    expect(now.textContent).not.toContain('wrap the overview by');
    const pace = pacePart.draw(ctx, moment);
    expect(pace.querySelector('[data-testid="run-of-show.drift"]')?.textContent).toContain(
      '5:00 behind',
    );
  });

  it('a late start reads amber in the cue list, never green', () => {
    const rec = record({ opening: '11:04' });
    const list = cueListPart.draw(
      ctx,
      getShowStatus(schedule, rec, at('11:05')),
      buildShowReport(schedule, rec),
      at('11:05').toMillis(),
    );
    const actual = list.querySelector('[data-testid="run-of-show.actual-start"]');
    expect(actual?.textContent).toBe('Started 11:04:00 · 4:00 late');
    expect(actual?.getAttribute('data-late')).toBe('true');
  });

  it('the cue list marks done, current and next, with one cue per segment', () => {
    const status = getShowStatus(
      schedule,
      record({ opening: '11:00', overview: '11:10' }),
      at('11:12'),
    );
    const list = cueListPart.draw(
      ctx,
      status,
      buildShowReport(schedule, record({ opening: '11:00' })),
      at('11:12').toMillis(),
    );
    const cues = [...list.querySelectorAll('[data-testid="run-of-show.cue"]')];
    expect(cues.map((c) => c.getAttribute('data-segment'))).toEqual(model.agenda.map((a) => a.id));
    expect(cues.map((c) => c.getAttribute('data-state'))).toEqual([
      'done',
      'current',
      'next',
      'upcoming',
    ]);
    expect(schedule.segments.map((s) => getCueState(s, status))).toEqual([
      'done',
      'current',
      'next',
      'upcoming',
    ]);
  });

  it('text from data stays text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const speakers = model.speakers.map((s) => ({ ...s, name: evil }));
    const agenda = model.agenda.map((a) => ({
      ...a,
      label: evil,
      participants: a.participants.map((p) => ({ ...p, speaker: { ...p.speaker, name: evil } })),
    }));
    const evilModel = { ...model, speakers, agenda };
    const evilSchedule = buildSchedule(evilModel);
    const status = getShowStatus(evilSchedule, emptyShowRecord, at('11:05'));
    const list = cueListPart.draw(
      { ...ctx, model: evilModel, schedule: evilSchedule },
      status,
      [],
      at('11:05').toMillis(),
    );
    expect(list.querySelector('img')).toBeNull();
    expect(list.textContent).toContain(evil);
  });
});

describe('the status line for the speaker view', () => {
  it('says segment, time left, drift and end in one line', () => {
    const status = getShowStatus(
      schedule,
      record({ opening: '11:00', overview: '11:10:20' }),
      at('11:11'),
    );
    expect(formatStatusLine(schedule, status)).toBe(
      'Overview · 04:00 left · on time · ends 12:30:00',
    );
  });

  it('follows the host’s re-plan and names it', () => {
    const plan = applyReplans(schedule, [{ id: 'r1', at: 0, segmentId: 'overview', minutes: 1 }]);
    const now = at('11:11');
    const status = getShowStatus(plan, record({ opening: '11:00', overview: '11:10' }), now);
    expect(formatStatusLine(plan, status, { announced: schedule, now })).toBe(
      'Overview · 05:00 left · on time · ends 12:30:00 · re-planned +1 min, hand over 11:16',
    );
  });

  it('before the show it counts down', () => {
    const status = getShowStatus(schedule, emptyShowRecord, at('10:00'));
    expect(formatStatusLine(schedule, status)).toBe('Starts in 1 h 00 min · 11:00 Bangkok Opening');
  });
});

describe('the report export', () => {
  it('is CSV with one row per segment and empty cells for what was not recorded', () => {
    const rows = buildReportRecords(
      buildShowReport(schedule, record({ opening: '11:00:10' })),
      schedule.zone,
    );
    const lines = formatReportCsv(rows).split('\r\n');
    expect(lines).toHaveLength(model.agenda.length + 2);
    expect(lines[1]).toBe(
      'opening,Opening,2025-08-28T11:00:00+07:00,2025-08-28T11:10:00+07:00,600,2025-08-28T11:00:10+07:00,,,,10',
    );
    expect(lines[3]).toContain('"Panel with Q&A"'.slice(1, -1));
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(formatCsvField('a, b')).toBe('"a, b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(formatCsvField(-5)).toBe('-5');
    expect(formatCsvField(null)).toBe('');
  });
});

describe('a programme that ends before the event does', () => {
  const early = validateModel({
    ...fixtureInput,
    agenda: fixtureInput.agenda.map((a) => (a.id === 'wrap-up' ? { ...a, end: '12:28' } : a)),
  });
  const earlySchedule = buildSchedule(early);
  const earlyCtx: RunOfShowContext = { ...ctx, model: early, schedule: earlySchedule };
  const status = getShowStatus(earlySchedule, emptyShowRecord, at('12:29'));

  it('says the last segment is over and when the session closes, not "Break"', () => {
    expect(
      nowPart.draw(earlyCtx, momentAt(emptyShowRecord, '12:29', earlySchedule)).textContent,
    ).toBe('After the last segmentUntil 12:30');
  });

  it('never shows an empty cue', () => {
    expect(nextPart.draw(earlyCtx, status)?.querySelector('.ros-cue')?.textContent).toBe(
      'Cue: 12:30 close the session',
    );
  });
});
