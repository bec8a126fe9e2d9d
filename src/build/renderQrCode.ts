/**
 * A QR code drawn as SVG at build time (the deck is pre-rendered; buildDeck's drawQrCode), so that the page needs no
 * network and no script for it. The only importer of `qrcode`, which encodes; this draws.
 */
import { create } from 'qrcode';
import { svg } from '../lib/h.ts';

/** Modules of quiet zone around the code, as the QR standard asks. */
const QUIET = 4;

/**
 * Renders `text` as a QR code: one `<svg>` with one path of dark modules, labelled for
 * screen readers with what it encodes.
 * @example renderQrCode('https://example.org/survey', 'Feedback survey') // <svg role="img" aria-label="QR code: Feedback survey, https://example.org/survey">
 */
export function renderQrCode(text: string, label: string): SVGElement {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + QUIET * 2;
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
  }
  return svg(
    'svg',
    {
      class: 'qr-code',
      viewBox: `0 0 ${size} ${size}`,
      role: 'img',
      'aria-label': `QR code: ${label}, ${text}`,
      'shape-rendering': 'crispEdges',
      'data-testid': 'deck.qr-code',
      'data-text': text,
    },
    svg('rect', { width: size, height: size, fill: '#ffffff' }),
    svg('path', { d, fill: '#000000' }),
  );
}
