/**
 * Who is on the show, on the host's and the moderator's run-of-show: each role and speaker
 * (`run-of-show.presence`), connected or when last seen, their machine's clock correction and
 * their check-in, all read from the sync engine's own presence (awareness) and the show's
 * document. Five minutes before a speaker's turn, one who is not connected or not checked in
 * is flagged (`run-of-show.presence-flag`) with a one-click message to her.
 */
import type { Controller } from '../../lib/controller.ts';
import { makeRegion } from '../../lib/morph.ts';
import { startRepaintTimer, type RepaintTimer } from '../../lib/repaintTimer.ts';
import { h } from '../../lib/h.ts';
import type { LiveShow } from '../../live/connectLive.ts';
import type { LiveCheckin } from '../../live/liveMessages.ts';
import { buildExpectedRoster, updateRoster, type PresenceEntry } from '../../live/livePresence.ts';
import { readClockMs, type Clock } from '../../time/clock.ts';
import {
  findDueTurn,
  formatClockError,
  nextDueTurnChange,
  CLOCK_NOTE_THRESHOLD_MS,
  type Turn,
} from '../../time/showClock.ts';

/** A speaker as the roster names her, with her turns. */
export interface PresenceSpeaker {
  readonly id: string;
  readonly name: string;
  readonly turns: readonly Turn[];
}

/** Options for `makePresencePart`. */
export interface PresencePartOptions {
  readonly root: HTMLElement;
  readonly live: LiveShow;
  /** The page's clock: the show's time, corrected. */
  readonly clock: Clock;
  readonly speakers: readonly PresenceSpeaker[];
  /** A time of day in the event's zone, e.g. "11:02:05". */
  readonly formatTime: (ms: number) => string;
  /** A speaker's time in the event's zone and hers, e.g. "11:10 Bangkok, 06:10 Paris". */
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

function describeClock(offsetMs: number | null): string {
  if (offsetMs === null) return 'clock not measured yet';
  if (Math.abs(offsetMs) < CLOCK_NOTE_THRESHOLD_MS) return 'clock right';
  return `clock ${formatClockError(offsetMs)}, corrected`;
}

/** Makes the roster; it repaints on presence or document changes and when a flag is due. */
export function makePresencePart(options: PresencePartOptions): Controller {
  const { root, live, clock, speakers, formatTime } = options;
  let roster: PresenceEntry[] = buildExpectedRoster(speakers.map((s) => s.id));
  const list = makeRegion(h('div', {}));
  const flags = { element: h('div', {}) };
  const feedback = h('p', { class: 'live-feedback', role: 'status' });
  const stops: (() => void)[] = [];
  let timer: RepaintTimer | null = null;
  let shownFlags = '';

  const name = (entry: PresenceEntry): string =>
    entry.speakerId === null
      ? (ROLE_NAMES[entry.role] ?? entry.role)
      : (speakers.find((s) => s.id === entry.speakerId)?.name ?? entry.speakerId);

  function renderEntry(entry: PresenceEntry, checkin: LiveCheckin | undefined): HTMLElement {
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
          ? `ready, checked in at ${options.formatBothZones(checkin.at, entry.speakerId)}`
          : 'not checked in',
      );
    }
    return h(
      'li',
      {
        'data-testid': 'run-of-show.presence',
        'data-role': entry.role,
        ...(entry.speakerId === null ? {} : { 'data-speaker': entry.speakerId }),
        'data-connected': String(entry.connected),
        'data-ready': String(checkin !== undefined),
      },
      h('span', { class: 'live-presence-dot', 'aria-hidden': 'true' }),
      h('strong', {}, name(entry)),
      ` · ${parts.join(' · ')}`,
    );
  }

  function renderFlag(
    speaker: PresenceSpeaker,
    turn: Turn,
    entry: PresenceEntry,
    ready: boolean,
  ): HTMLElement {
    const missing = [
      entry.connected ? null : 'is not connected',
      ready ? null : 'has not checked in',
    ]
      .filter((x) => x !== null)
      .join(' and ');
    const button = h(
      'button',
      {
        type: 'button',
        class: 'btn',
        'data-testid': 'run-of-show.presence-message',
        'data-speaker': speaker.id,
      },
      `Message ${speaker.name}`,
    );
    button.addEventListener('click', () => {
      const problem = live.sendMessage(speaker.id, LOOKING_FOR_YOU);
      feedback.textContent = problem ?? `Sent to ${speaker.name}: “${LOOKING_FOR_YOU}”`;
    });
    return h(
      'li',
      { 'data-testid': 'run-of-show.presence-flag', 'data-speaker': speaker.id },
      `${speaker.name} speaks at ${options.formatBothZones(turn.startMs, speaker.id)} and ${missing}. `,
      button,
    );
  }

  function repaint(): number {
    const nowMs = readClockMs(clock);
    roster = updateRoster(roster, live.readPresence(), nowMs);
    const checkins = new Map(live.readCheckins().map((c) => [c.by, c]));
    list.draw(
      h(
        'ul',
        { class: 'live-presence' },
        roster.map((entry) =>
          renderEntry(entry, entry.speakerId === null ? undefined : checkins.get(entry.speakerId)),
        ),
      ),
    );
    const due = speakers.flatMap((speaker) => {
      const turn = findDueTurn(speaker.turns, nowMs);
      const entry = roster.find((e) => e.speakerId === speaker.id);
      const ready = checkins.has(speaker.id);
      return turn && entry && !(entry.connected && ready) ? [{ speaker, turn, entry, ready }] : [];
    });
    // A flag's button is made anew when the flags change: a region that morphs would keep the
    // old listener, and redrawing on every change could swallow a click.
    const key = JSON.stringify(
      due.map((d) => [d.speaker.id, d.turn.startMs, d.entry.connected, d.ready]),
    );
    if (key === shownFlags) return nextChange(nowMs);
    shownFlags = key;
    flags.element.replaceChildren(
      due.length === 0
        ? ''
        : h(
            'ul',
            { class: 'live-presence-flags', 'aria-live': 'polite' },
            due.map((d) => renderFlag(d.speaker, d.turn, d.entry, d.ready)),
          ),
    );
    return nextChange(nowMs);
  }

  function nextChange(nowMs: number): number {
    return speakers
      .map((s) => nextDueTurnChange(s.turns, nowMs))
      .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  }

  return {
    render() {
      root.replaceChildren(
        h(
          'section',
          { class: 'live-presence-part', 'aria-label': 'Who is on the show' },
          h('h2', { class: 'live-title' }, 'Who is on the show'),
          flags.element,
          feedback,
          list.element,
        ),
      );
    },
    bind() {
      timer = startRepaintTimer(() => readClockMs(clock), repaint);
      stops.push(live.onChange(() => timer?.wakeAt(0)));
    },
    update() {
      timer?.wakeAt(0);
    },
    destroy() {
      for (const stop of stops.splice(0)) stop();
      timer?.stop();
      root.replaceChildren();
    },
  };
}
