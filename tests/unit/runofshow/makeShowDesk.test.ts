import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { makeShowDesk } from '../../../src/runofshow/makeShowDesk.ts';
import type { DeckSlideMessage } from '../../../src/sync/makeShowChannel.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';
import type { ShowEvent } from '../../../src/show/showLog.ts';
import { fixtureModel } from '../../fixtures/model.ts';
import { makeMemoryStore } from '../../fixtures/memoryStore.ts';

const schedule = buildSchedule(fixtureModel);
const at = (time: string): DateTime =>
  DateTime.fromISO(`2025-08-28T${time}`, { zone: schedule.zone });

/** The deck moving to a slide, as the deck's plugin reports it. */
const moveTo = (
  slideId: string,
  segmentId: string | null,
  isSegmentStart: boolean,
): DeckSlideMessage => ({
  type: 'deck-slide',
  slideId,
  segmentId,
  position: segmentId === null ? 'before' : 'segment',
  isSegmentStart,
  moved: true,
  number: 1,
  total: 17,
});

describe('the host’s desk and the deck', () => {
  it('holding → title at 10:58 → the opening slide at 11:01 records the opening at 11:01', () => {
    let now = at('10:50');
    const desk = makeShowDesk({
      schedule,
      clock: { now: () => now },
      store: makeMemoryStore<readonly ShowEvent[]>([]),
      onNotice: () => undefined,
    });
    desk.onDeck(moveTo('holding', null, false));
    now = at('10:58');
    desk.onDeck(moveTo('title', 'opening', true));
    expect(desk.offered()?.id).toBe('opening');
    expect(desk.reading().record.starts).toEqual({});
    now = at('11:01');
    desk.onDeck(moveTo('opening', 'opening', false));
    expect(desk.reading().record.starts).toEqual({ opening: at('11:01').toMillis() });
    expect(desk.offered()).toBeNull();
    // Moving on within the opening records no second start.
    now = at('11:03');
    desk.onDeck(moveTo('programme', 'opening', false));
    expect(desk.reading().record.starts).toEqual({ opening: at('11:01').toMillis() });
    expect(desk.reading().record.slides.map((s) => s.slideId)).toEqual([
      'holding',
      'title',
      'opening',
      'programme',
    ]);
  });
});
