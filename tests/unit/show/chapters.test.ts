import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import {
  buildChapters,
  formatChapterList,
  formatWebVtt,
  getRecordingStart,
} from '../../../src/show/chapters.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';
import { foldShowLog, makeShowEvent, type ShowEventBody } from '../../../src/show/showLog.ts';

const schedule = buildSchedule(fixtureModel);
const ms = (t: string): number =>
  DateTime.fromISO(`2025-08-28T${t}`, { zone: schedule.zone }).toMillis();
let n = 0;
const ev = (body: ShowEventBody, t: string) => makeShowEvent(body, ms(t), `e${++n}`);
const titles: Record<string, string> = { holding: 'Welcome', title: 'Opening', map: 'The map' };
const titleOf = (id: string): string => titles[id] ?? id;

const log = [
  ev({ kind: 'slide', slideId: 'holding' }, '10:50'),
  ev({ kind: 'slide', slideId: 'title' }, '10:59:30'),
  ev({ kind: 'start', segmentId: 'opening' }, '11:00:05'),
  ev({ kind: 'slide', slideId: 'map' }, '11:03:10'),
  ev({ kind: 'slide', slideId: 'title' }, '11:03:12'),
  ev({ kind: 'slide', slideId: 'map' }, '11:04:00'),
  ev({ kind: 'end' }, '12:30:00'),
];

describe('recording chapters', () => {
  it('measures from the first recorded start by default', () => {
    const record = foldShowLog(schedule, log);
    expect(getRecordingStart(record)).toBe(ms('11:00:05'));
    const chapters = buildChapters(record, titleOf);
    // The title shown before the recording started opens it at 0:00; a slide shown for
    // two seconds in passing is no chapter.
    expect(formatChapterList(chapters)).toBe('0:00 Opening\n3:55 The map\n');
    expect(chapters.at(-1)?.endSeconds).toBe(ms('12:30:00') / 1000 - ms('11:00:05') / 1000);
  });

  it('measures from the recording start the host set', () => {
    const record = foldShowLog(schedule, [...log, ev({ kind: 'recording-start' }, '10:59:00')]);
    expect(formatChapterList(buildChapters(record, titleOf))).toBe(
      '0:00 Welcome\n0:30 Opening\n5:00 The map\n',
    );
  });

  it('writes WebVTT with hour-long timestamps', () => {
    const vtt = formatWebVtt(buildChapters(foldShowLog(schedule, log), titleOf));
    expect(vtt).toBe(
      'WEBVTT\n\n1\n00:00:00.000 --> 00:03:55.000\nOpening\n\n2\n00:03:55.000 --> 01:29:55.000\nThe map\n',
    );
  });

  it('the closing slide the deck moved to as the show ended opens no empty last chapter', () => {
    const record = foldShowLog(schedule, [
      ...log.slice(0, -1),
      ev({ kind: 'slide', slideId: 'closing' }, '12:31:00'),
      ev({ kind: 'end' }, '12:31:00'),
    ]);
    const chapters = buildChapters(record, titleOf);
    expect(chapters.map((c) => c.title)).toEqual(['Opening', 'The map']);
    const last = chapters.at(-1)!;
    expect(last.endSeconds).toBe((ms('12:31:00') - ms('11:00:05')) / 1000);
    expect(last.endSeconds).toBeGreaterThan(last.startSeconds);
  });

  it('slides of one title in two segments are two chapters', () => {
    const record = foldShowLog(schedule, [
      ev({ kind: 'start', segmentId: 'opening' }, '11:00:00'),
      ev({ kind: 'slide', slideId: 'a' }, '11:00:00'),
      ev({ kind: 'slide', slideId: 'b' }, '11:10:00'),
      ev({ kind: 'end' }, '12:30:00'),
    ]);
    const same = () => 'Questions';
    expect(buildChapters(record, same)).toHaveLength(1);
    const segmentOf = (id: string) => (id === 'a' ? 'opening' : 'overview');
    expect(buildChapters(record, same, { segmentOf }).map((c) => c.startSeconds)).toEqual([0, 600]);
  });

  it('without slide changes, the segments’ starts make the chapters', () => {
    const record = foldShowLog(schedule, [
      ev({ kind: 'start', segmentId: 'opening' }, '11:00:30'),
      ev({ kind: 'start', segmentId: 'overview' }, '11:10:00'),
      ev({ kind: 'start', segmentId: 'panel' }, '11:16:00'),
    ]);
    const chapters = buildChapters(record, titleOf, {
      segmentTitleOf: (id) => `Segment ${id}`,
      fallbackEndMs: ms('12:30:00'),
    });
    expect(formatChapterList(chapters)).toBe(
      '0:00 Segment opening\n9:30 Segment overview\n15:30 Segment panel\n',
    );
    // The show's end is not recorded: the last chapter ends at the planned end.
    expect(chapters.at(-1)?.endSeconds).toBe((ms('12:30:00') - ms('11:00:30')) / 1000);
  });

  it('no slide changes and no start: no chapters', () => {
    expect(buildChapters(foldShowLog(schedule, []), titleOf)).toEqual([]);
  });
});
