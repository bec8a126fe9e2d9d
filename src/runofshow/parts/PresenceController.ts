/**
 * Who is on the show, on the host's and the moderator's run-of-show: each role and speaker
 * (`run-of-show.presence`), connected or when last seen, their machine's clock correction and
 * their check-in, all read from the sync engine's own presence (awareness) and the show's
 * document. Five minutes before a speaker's turn, one who is not connected or not checked in
 * is flagged (`run-of-show.presence-flag`) with a one-click message to her.
 */
import { onAbort } from '../../lib/controller.ts';
import { h } from '../../lib/h.ts';
import { PageController, type Derived } from '../../lib/pageController.ts';
import { definePart } from '../../lib/part.ts';
import type { LiveShow } from '../../live/connectLive.ts';
import type { LiveCheckin } from '../../live/liveMessages.ts';
import { buildExpectedRoster, updateRoster, type PresenceEntry } from '../../live/livePresence.ts';
import { readClockMs, type Clock } from '../../time/clock.ts';
import { findDueTurn, nextDueTurnChange, type Turn } from '../../show/checkinTurns.ts';
import { formatClockError, CLOCK_NOTE_THRESHOLD_MS } from '../../time/showClock.ts';

/** A speaker as the roster names her, with her turns. */
export interface PresenceSpeaker {
  readonly id: string;
  readonly name: string;
  readonly turns: readonly Turn[];
}

/** Options for `PresenceController`. */
export interface PresenceOptions {
  readonly root: HTMLElement;
  readonly live: LiveShow;
  /** The page's clock: the show's time, corrected. */
  readonly clock: Clock;
  readonly speakers: readonly PresenceSpeaker[];
  /** A time of day in the event's zone, e.g. "11:02:05". */
  readonly formatTime: (ms: number) => string;
  /** A speaker's time in the event's zone and hers, e.g. "11:10 Lisbon, 06:10 Chicago". */
  readonly formatBothZones: (ms: number, speakerId: string) => string;
}

/** The message the flag's button sends, short enough to read at a glance. */
export const LOOKING_FOR_YOU =
  'The host is looking for you: please open your speaker page and press “I’m here and ready”.';

const ROLE_NAMES: Readonly<Record<string, string>> = {
  host: 'Host',
  moderator: 'Moderator',
  deck: 'Deck',
};

/** The roster as the live show last told it, and who has checked in. */
interface PresenceState {
  readonly roster: readonly PresenceEntry[];
  readonly checkins: ReadonlyMap<string, LiveCheckin>;
}

/** One line of the roster, in words. */
interface EntryView {
  readonly role: string;
  readonly speakerId: string | null;
  readonly connected: boolean;
  readonly ready: boolean;
  readonly name: string;
  readonly text: string;
}

/** One flagged speaker, in words. */
interface FlagView {
  readonly speakerId: string;
  readonly name: string;
  readonly text: string;
}

function describeClock(offsetMs: number | null): string {
  if (offsetMs === null) return 'clock not measured yet';
  if (Math.abs(offsetMs) < CLOCK_NOTE_THRESHOLD_MS) return 'clock right';
  return `clock ${formatClockError(offsetMs)}, corrected`;
}

/** The roster (`run-of-show.presence`, one per person): it changes only with the live show. */
const rosterPart = definePart({
  view: (entries: readonly EntryView[]) => entries,
  render: (entries: readonly EntryView[]) =>
    h(
      'ul',
      { class: 'live-presence' },
      entries.map((entry) =>
        h(
          'li',
          {
            'data-testid': 'run-of-show.presence',
            'data-role': entry.role,
            ...(entry.speakerId === null ? {} : { 'data-speaker': entry.speakerId }),
            'data-connected': String(entry.connected),
            'data-ready': String(entry.ready),
          },
          h('span', { class: 'live-presence-dot', 'aria-hidden': 'true' }),
          h('strong', {}, entry.name),
          ` · ${entry.text}`,
        ),
      ),
    ),
});

/**
 * The flags (`run-of-show.presence-flag`): they come and go with the time alone, when a
 * speaker's turn comes within five minutes and when it ends, so the view carries the turns.
 */
const flagsPart = definePart({
  view: (flags: readonly FlagView[], speakers: readonly PresenceSpeaker[]) => ({
    flags,
    speakers,
  }),
  render: ({ flags }) =>
    flags.length === 0
      ? null
      : h(
          'ul',
          { class: 'live-presence-flags', 'aria-live': 'polite' },
          flags.map((flag) =>
            h(
              'li',
              { 'data-testid': 'run-of-show.presence-flag', 'data-speaker': flag.speakerId },
              flag.text,
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  'data-testid': 'run-of-show.presence-message',
                  'data-speaker': flag.speakerId,
                },
                `Message ${flag.name}`,
              ),
            ),
          ),
        ),
  nextChange: ({ speakers }, nowMs) =>
    Math.min(Infinity, ...speakers.map((s) => nextDueTurnChange(s.turns, nowMs))),
});

/** The roster's controller: it repaints on presence or document changes and when a flag is due. */
export class PresenceController extends PageController<PresenceState> {
  readonly #options: PresenceOptions;
  #roster: readonly PresenceEntry[];
  readonly #flags: HTMLElement;
  readonly #list: HTMLElement;
  readonly #feedback = h('p', { class: 'live-feedback', role: 'status' });

  constructor(options: PresenceOptions) {
    super(options.root, () => readClockMs(options.clock));
    this.#options = options;
    this.#roster = buildExpectedRoster(options.speakers.map((s) => s.id));
    this.#flags = this.region(
      flagsPart,
      (state, nowMs) => [this.#flagViews(state, nowMs), options.speakers] as const,
      '',
    );
    this.#list = this.region(rosterPart, (state) => [this.#entryViews(state)] as const, '');
  }

  protected frame(): Node {
    return h(
      'section',
      { class: 'live-presence-part', 'aria-label': 'Who is on the show' },
      h('h2', { class: 'live-title' }, 'Who is on the show'),
      this.#flags,
      this.#feedback,
      this.#list,
    );
  }

  protected derive(nowMs: number): Derived<PresenceState> {
    const { live } = this.#options;
    this.#roster = updateRoster(this.#roster, live.readPresence(), nowMs);
    const checkins = new Map(live.readCheckins().map((c) => [c.by, c]));
    return { state: { roster: this.#roster, checkins }, until: Infinity };
  }

  protected listenPage(signal: AbortSignal): void {
    const { live } = this.#options;
    onAbort(
      signal,
      live.onChange(() => this.update()),
    );
    // One listener for every flag's button, which says whom it is for: the flags can be
    // morphed in place without a button keeping a listener for someone else.
    this.#flags.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('button[data-speaker]');
        if (!(button instanceof HTMLElement)) return;
        const speaker = this.#options.speakers.find((s) => s.id === button.dataset.speaker);
        if (!speaker) return;
        const problem = live.sendMessage(speaker.id, LOOKING_FOR_YOU);
        this.#feedback.textContent = problem ?? `Sent to ${speaker.name}: “${LOOKING_FOR_YOU}”`;
      },
      { signal },
    );
  }

  #name(entry: PresenceEntry): string {
    return entry.speakerId === null
      ? (ROLE_NAMES[entry.role] ?? entry.role)
      : (this.#options.speakers.find((s) => s.id === entry.speakerId)?.name ?? entry.speakerId);
  }

  #entryViews({ roster, checkins }: PresenceState): EntryView[] {
    const { formatTime, formatBothZones } = this.#options;
    return roster.map((entry) => {
      const checkin = entry.speakerId === null ? undefined : checkins.get(entry.speakerId);
      const seen = entry.connected
        ? 'connected'
        : entry.lastSeen === null
          ? 'not seen yet'
          : `gone, last seen ${formatTime(entry.lastSeen)}`;
      const parts = [seen];
      if (entry.connected || entry.offsetMs !== null) parts.push(describeClock(entry.offsetMs));
      if (entry.speakerId !== null) {
        parts.push(
          checkin
            ? `ready, checked in at ${formatBothZones(checkin.at, entry.speakerId)}`
            : 'not checked in',
        );
      }
      return {
        role: entry.role,
        speakerId: entry.speakerId,
        connected: entry.connected,
        ready: checkin !== undefined,
        name: this.#name(entry),
        text: parts.join(' · '),
      };
    });
  }

  #flagViews({ roster, checkins }: PresenceState, nowMs: number): FlagView[] {
    return this.#options.speakers.flatMap((speaker) => {
      const turn = findDueTurn(speaker.turns, nowMs);
      const entry = roster.find((e) => e.speakerId === speaker.id);
      const ready = checkins.has(speaker.id);
      if (!turn || !entry || (entry.connected && ready)) return [];
      const missing = [
        entry.connected ? null : 'is not connected',
        ready ? null : 'has not checked in',
      ]
        .filter((x) => x !== null)
        .join(' and ');
      const at = this.#options.formatBothZones(turn.startMs, speaker.id);
      return [
        {
          speakerId: speaker.id,
          name: speaker.name,
          text: `${speaker.name} speaks at ${at} and ${missing}. `,
        },
      ];
    });
  }
}
