/**
 * The closing slide: links, the QR code drawn at build time, and the organisers.
 */
import { h, type Child } from '../../lib/h.ts';
import { formatAnnouncedDate } from '../../time/format.ts';
import type { LayoutContext } from './layoutContext.ts';
import { renderOrganisers } from './organisers.ts';

/** A link shown by its address, without the scheme: what a viewer would type. */
function renderAddress(url: string): HTMLElement {
  return h('a', { href: url }, url.replace(/^https:\/\//, '').replace(/\/$/, ''));
}

/** The closing slide's data: where to read more, the QR code and the organisers. */
export function renderClosing(ctx: LayoutContext): Child[] {
  const { event, series } = ctx.model;
  const followUp = event.followUp ?? {};
  // What comes after this session: the series' later entries, as announced.
  const next = series.entries.filter((e) => e.when === null || e.when > event.end);
  const row = (key: string, label: string, ...value: Child[]): HTMLElement =>
    h(
      'div',
      { class: `closing-row closing-${key}`, 'data-testid': `deck.closing-${key}` },
      h('dt', {}, label),
      h('dd', {}, ...value),
    );
  const contacts = followUp.contacts ?? [];
  return [
    h('p', { class: 'kicker' }, event.sessionLabel),
    h(
      'div',
      { class: 'closing-body' },
      h(
        'dl',
        { class: 'closing-list' },
        next.length > 0
          ? row(
              'next',
              'What comes next',
              h(
                'ul',
                {},
                next.map((e) =>
                  h(
                    'li',
                    {},
                    h(
                      'span',
                      { class: 'closing-when' },
                      e.when && e.precision !== 'none'
                        ? formatAnnouncedDate(e.when, event.timeZone, e.precision)
                        : 'Date to be announced',
                    ),
                    ` ${e.title}`,
                  ),
                ),
              ),
            )
          : null,
        followUp.recordingUrl
          ? row('recording', 'Recording', renderAddress(followUp.recordingUrl))
          : null,
        followUp.slidesUrl ? row('slides', 'Slides', renderAddress(followUp.slidesUrl)) : null,
        followUp.feedbackUrl
          ? row('feedback', 'Your feedback', renderAddress(followUp.feedbackUrl))
          : null,
        contacts.length > 0
          ? row(
              'contacts',
              contacts.length === 1 ? 'Contact' : 'Contacts',
              contacts.map((c, i) => [
                i > 0 ? ' · ' : null,
                `${c.name}, `,
                h('a', { href: `mailto:${c.email}` }, c.email),
              ]),
            )
          : null,
      ),
      followUp.feedbackUrl && ctx.drawQrCode
        ? h(
            'figure',
            { class: 'closing-qr' },
            ctx.drawQrCode(followUp.feedbackUrl, 'Feedback survey'),
            h('figcaption', {}, 'Scan for the survey'),
          )
        : null,
    ),
    renderOrganisers(event),
  ];
}
