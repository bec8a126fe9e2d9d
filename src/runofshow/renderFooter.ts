/**
 * The run-of-show's footer: the speakers' pages, the programme as a calendar file, the
 * keys and the link to the other mode. Drawn once; nothing in it changes.
 */
import { makeLazyDownload } from '../lib/downloads.ts';
import { h } from '../lib/h.ts';
import { buildProgrammeEntries, getCalendarProducer } from '../show/calendarEntries.ts';
import type { Clock } from '../time/clock.ts';
import { renderSpeakerLinks } from './parts/speakerLinks.ts';
import type { RunOfShowContext } from './runOfShowContext.ts';

/** What the footer needs besides the context. */
export interface FooterOptions {
  /** The real time, for the calendar file's stamp. */
  readonly realClock: Clock;
  /** Where the other mode lives. */
  readonly otherModeHref: string;
}

/** The footer; `ctx.schedule` must be the announced schedule. */
export function renderFooter(ctx: RunOfShowContext, options: FooterOptions): HTMLElement {
  const rehearsing = ctx.mode === 'rehearsal';
  const { model, schedule } = ctx;
  return h(
    'footer',
    { class: 'ros-footer' },
    renderSpeakerLinks(ctx),
    h(
      'p',
      { class: 'ros-calendar' },
      makeLazyDownload({
        label: 'Programme as calendar (.ics)',
        testId: 'run-of-show.calendar',
        name: `${model.event.id}-programme.ics`,
        type: 'text/calendar',
        make: async () => {
          const { buildCalendar } = await import('../calendar/buildCalendar.ts');
          return buildCalendar({
            name: `${model.event.series} · Session ${model.event.session}`,
            producer: getCalendarProducer(model),
            stamp: options.realClock.now().toMillis(),
            entries: buildProgrammeEntries(model, schedule),
          });
        },
      }),
    ),
    h(
      'div',
      { class: 'ros-help' },
      h('h2', { class: 'ros-section-title' }, 'Keys'),
      h(
        'p',
        {},
        'N start the next segment · U undo the last start or end · E end the show · + / − give or take a minute · C the recording started now',
        rehearsing ? ' · P start, pause or resume the rehearsal clock' : '',
      ),
      h(
        'p',
        {},
        h(
          'a',
          { href: options.otherModeHref, 'data-testid': 'run-of-show.mode-link' },
          rehearsing ? 'Back to the live run-of-show' : 'Rehearse on this page',
        ),
      ),
    ),
  );
}
