// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { getSlideLabel } from '../../../src/speaker/getSlideLabel.ts';
import { rehearsalClockPart } from '../../../src/speaker/parts/rehearsalClock.ts';
import { renderSegmentTimes } from '../../../src/speaker/parts/segmentTimes.ts';
import { renderSpeakerIndex } from '../../../src/speaker/renderSpeakerIndex.ts';
import { segmentsPart } from '../../../src/speaker/parts/segments.ts';
import type { SpeakerContext } from '../../../src/speaker/speakerContext.ts';
import { applyReplans } from '../../../src/show/replan.ts';
import { buildSchedule, getSpeakerSegments } from '../../../src/show/schedule.ts';

const model = fixtureModel;
const schedule = buildSchedule(model);
const leila = model.speakers.find((s) => s.id === 'grace-hopper')!;
const ctx = (viewerZone: string): SpeakerContext => ({
  model,
  schedule,
  speaker: leila,
  segments: getSpeakerSegments(schedule, leila.id),
  slides: [],
  viewerZone,
  slideHref: (id) => `./#/${id}`,
});
const times = (viewerZone: string): Record<string, string> => {
  const el = renderSegmentTimes(ctx(viewerZone), schedule.segments[1]!);
  return Object.fromEntries(
    [...el.querySelectorAll('[data-testid]')].map((e) => [
      e.getAttribute('data-testid') ?? '',
      e.querySelector('.sp-time-value')?.textContent ?? '',
    ]),
  );
};

describe('renderSegmentTimes', () => {
  it('shows the speaker’s zone and the event’s, and the viewer’s only where it differs', () => {
    expect(times('Europe/Paris')).toEqual({
      'speaker.local-time': '06:10–06:15',
      'speaker.event-time': '11:10–11:15',
    });
    expect(times('Europe/Berlin')).toEqual({
      'speaker.local-time': '06:10–06:15',
      'speaker.event-time': '11:10–11:15',
    });
    expect(times('Asia/Kathmandu')['speaker.viewer-time']).toBe('09:55–10:00');
    expect(times('America/Los_Angeles')['speaker.viewer-time']).toBe('21:10–21:15 Wed 27 Aug');
  });
});

describe('renderSpeakerIndex', () => {
  it('lists every speaker, and names the unknown id as text', () => {
    const page = renderSpeakerIndex(model, (id) => `speaker.html?speaker=${id}`, '<b>x</b>');
    expect(page.querySelectorAll('[data-testid="speaker.link"]')).toHaveLength(
      model.speakers.length,
    );
    expect(page.querySelector('b')).toBeNull();
    expect(page.querySelector('[data-testid="speaker.notice"]')?.textContent).toContain(
      '“<b>x</b>”',
    );
  });
});

describe('getSlideLabel', () => {
  it('takes the heading of the markdown, or names the layout', () => {
    const label = (slide: Parameters<typeof getSlideLabel>[0]) => getSlideLabel(slide, schedule);
    expect(label({ id: 'q', layout: 'content', html: '<h2>Your questions</h2>' })).toBe(
      'Your questions',
    );
    expect(label({ id: 'p', layout: 'programme', html: '' })).toBe('Programme');
    expect(label({ id: 'odd', layout: 'content', html: '<p>text</p>' })).toBe('odd');
  });

  it('calls the slide that opens a segment by the segment and who leads it', () => {
    const opening = (segment: string) =>
      getSlideLabel({ id: segment, layout: 'segment', segment, html: '' }, schedule);
    expect(opening('overview')).toBe('Overview · Dr Grace Hopper');
    expect(opening('panel')).toBe('Panel · Ms. Mary Jackson, moderator');
    expect(new Set(schedule.segments.map((s) => opening(s.id))).size).toBe(
      schedule.segments.length,
    );
  });
});

describe('rehearsalClockPart', () => {
  it('reads the speaker’s own time first, then the event’s, each zone named; one in Bangkok', () => {
    const overview = schedule.segments[1]!;
    const line = (c: SpeakerContext): string | null | undefined =>
      rehearsalClockPart
        .draw(c, overview, overview.start.toMillis())
        .querySelector('[data-testid="speaker.rehearsal-clock"]')?.textContent;
    expect(line(ctx('Europe/Paris'))).toBe('06:10:00 Paris · 11:10:00 Bangkok');
    const ada = model.speakers.find((s) => s.id === 'ada-lovelace')!;
    expect(line({ ...ctx('Asia/Bangkok'), speaker: ada })).toBe('11:10:00 Bangkok');
  });
});

describe('segmentsPart', () => {
  it('shows the host’s re-plan in the speaker’s times and cues, and says so', () => {
    const plan = applyReplans(schedule, [{ id: 'r1', at: 0, segmentId: 'overview', minutes: 1 }]);
    const page = segmentsPart.draw(ctx('Europe/Paris'), getSpeakerSegments(plan, leila.id));
    expect(page.querySelector('[data-testid="speaker.replanned"]')?.textContent).toBe(
      'Re-planned by the host: now 06:10–06:16 Paris (11:10–11:16 Bangkok); announced 11:10–11:15 Bangkok.',
    );
    expect(page.querySelector('[data-testid="speaker.cue-out"]')?.textContent).toContain(
      '06:16 Paris (11:16 Bangkok)',
    );
    const asAnnounced = segmentsPart.draw(ctx('Europe/Paris'), ctx('Europe/Paris').segments);
    expect(asAnnounced.querySelector('[data-testid="speaker.replanned"]')).toBeNull();
  });
});
