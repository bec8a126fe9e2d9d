// @vitest-environment jsdom
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../data/index.ts';
import type { Model } from '../../../data/types.ts';
import { renderQrCode } from '../../../src/build/renderQrCode.ts';
import { renderLayout } from '../../../src/deck/renderLayout.ts';
import { buildSchedule, findSegment } from '../../../src/show/schedule.ts';
import { fixtureModel } from '../../fixtures/model.ts';

/** The closing slide's data-driven part, in a div. */
function renderClosingOf(model: Model): HTMLElement {
  const schedule = buildSchedule(model);
  return append(
    renderLayout('closing', {
      model,
      schedule,
      viewerZone: model.event.timeZone,
      segment: null,
      drawQrCode: renderQrCode,
    }),
  );
}

/** A div holding the rendered nodes (the renderers return top-level nodes only). */
function append(nodes: readonly unknown[]): HTMLElement {
  const div = document.createElement('div');
  for (const node of nodes) if (node instanceof Node) div.append(node);
  return div;
}

const withFollowUp = (followUp: NonNullable<Model['event']['followUp']>): Model => ({
  ...fixtureModel,
  event: { ...fixtureModel.event, followUp },
});

describe('the closing slide', () => {
  it('says what comes next, from the series, and leaves out every link not given', () => {
    const closing = renderClosingOf(withFollowUp({}));
    expect(closing.querySelector('[data-testid="deck.closing-next"]')?.textContent).toContain(
      'Session 2',
    );
    expect(closing.querySelector('[data-testid="deck.closing-next"]')?.textContent).not.toContain(
      'Session 1',
    );
    for (const key of ['recording', 'slides', 'feedback', 'contacts']) {
      expect(closing.querySelector(`[data-testid="deck.closing-${key}"]`), key).toBeNull();
    }
    expect(closing.querySelector('svg.qr-code')).toBeNull();
    // No empty row, no empty cell.
    for (const dd of closing.querySelectorAll('dd')) expect(dd.textContent.trim()).not.toBe('');
  });

  it('draws the survey as a QR code at build time, with the links and contacts given', () => {
    const url = 'https://example.org/fixture-survey';
    const closing = renderClosingOf(
      withFollowUp({
        recordingUrl: 'https://example.org/recording',
        feedbackUrl: url,
        contacts: [{ name: 'Fixture Desk', email: 'desk@example.org' }],
      }),
    );
    expect(closing.querySelector('[data-testid="deck.closing-recording"] a')?.textContent).toBe(
      'example.org/recording',
    );
    expect(closing.querySelector('[data-testid="deck.closing-slides"]')).toBeNull();
    expect(closing.querySelector('[data-testid="deck.closing-contacts"]')?.textContent).toContain(
      'desk@example.org',
    );
    const qr = closing.querySelector<SVGElement>('svg[data-testid="deck.qr-code"]')!;
    expect(qr.getAttribute('aria-label')).toBe(`QR code: Feedback survey, ${url}`);
    // One dark square a module: the same count as the encoder's matrix holds.
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    const dark = modules.data.filter(Boolean).length;
    expect(qr.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(dark);
  });

  it('names the organisers under their roles, as logo files or wordmarks in the web font', () => {
    const marks = renderClosingOf(withFollowUp({})).querySelectorAll('.organiser');
    expect([...marks].map((m) => m.textContent)).toEqual([
      'Hosted byFO',
      'In cooperation withTest Partners',
    ]);
    // Without a logo file the name is HTML text, so it is set in the deck's own font.
    expect(
      renderClosingOf(withFollowUp({})).querySelectorAll('img, .organiser-wordmark'),
    ).toHaveLength(2);
    expect(renderClosingOf(withFollowUp({})).querySelector('img')).toBeNull();
    const withLogo: Model = {
      ...fixtureModel,
      event: {
        ...fixtureModel.event,
        organisers: [{ ...fixtureModel.event.organisers[0]!, logo: 'logos/fo.png' }],
      },
    };
    const img = renderClosingOf(withLogo).querySelector<HTMLImageElement>('.organiser-logo');
    expect([img?.getAttribute('src'), img?.alt]).toEqual(['logos/fo.png', 'Fixture Office']);
  });
});

describe('slides say each thing once', () => {
  it('a segment whose title is its label shows it once', () => {
    const model = loadModel();
    const schedule = buildSchedule(model);
    const wrapUp = model.agenda.find((a) => a.title === a.label)!;
    const segment = findSegment(schedule, wrapUp.id) ?? null;
    const div = append(
      renderLayout('segment', { model, schedule, viewerZone: model.event.timeZone, segment }),
    );
    expect(div.textContent.split(wrapUp.title)).toHaveLength(2);
  });
});
