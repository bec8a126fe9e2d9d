// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../data/validate.ts';
import { fixtureInput } from '../../fixtures/model.ts';
import { renderTimingHeader } from '../../../src/deck/renderTimingHeader.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';

const model = validateModel({
  ...fixtureInput,
  agenda: fixtureInput.agenda.map((a) =>
    a.id === 'panel'
      ? {
          ...a,
          checkpoints: [
            { at: '11:55', label: 'Audience Q&A opens' },
            { at: '12:18', label: 'Last question' },
          ],
        }
      : a,
  ),
});
const schedule = buildSchedule(model);
const plan = { segmentId: 'panel', index: 0, count: 2, seconds: 2100, offsetSeconds: 0 };

describe('renderTimingHeader', () => {
  it('lists the segment’s checkpoints with their times in the notes; none for a segment without', () => {
    const panel = renderTimingHeader({ schedule, segment: schedule.segments[2]!, plan });
    expect(panel.querySelector('[data-testid="notes.checkpoints"]')?.textContent).toBe(
      'Checkpoints: 11:55 Audience Q&A opens · 12:18 Last question',
    );
    const opening = renderTimingHeader({
      schedule,
      segment: schedule.segments[0]!,
      plan: { ...plan, segmentId: 'opening' },
    });
    expect(opening.querySelector('[data-testid="notes.checkpoints"]')).toBeNull();
  });
});
