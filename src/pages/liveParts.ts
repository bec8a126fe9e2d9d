/**
 * The parts of a page's live show that sit below its live panel, each a controller in a file
 * of its own: the clock note on every page, who is on the show on the run-of-show, and the
 * speaker's check-in on her page. This file only chooses them for the page and formats their
 * times in the event's zone (and a speaker's own).
 */
import type { Model } from '../../data/types.ts';
import type { Controller } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import type { LiveShow } from '../live/connectLive.ts';
import { ClockNoteController } from '../live/ClockNoteController.ts';
import type { ClockSync } from '../live/makeClockSync.ts';
import type { ShowClockRehearsal } from '../live/liveShowInfo.ts';
import type { LivePanelPage } from '../live/LivePanelController.ts';
import { PresenceController } from '../runofshow/parts/PresenceController.ts';
import { CheckinController } from '../speaker/parts/CheckinController.ts';
import type { Clock } from '../time/clock.ts';
import { formatClock, formatShortDate, formatTime } from '../time/format.ts';
import { getSpeakerSegments, type Schedule } from '../show/schedule.ts';

/** What `makeLiveParts` chooses and builds the parts from. */
export interface LivePartsOptions {
  /** Where the parts go: the live panel's `extra` slot. */
  readonly root: HTMLElement;
  readonly live: LiveShow;
  readonly page: LivePanelPage;
  /** The speaker whose page this is (her key's), or `null`. */
  readonly speakerId: string | null;
  readonly model: Model;
  readonly schedule: Schedule;
  /** The page's clock, corrected. */
  readonly clock: Clock;
  /** The measurement of this machine's clock against the server's. */
  readonly sync: ClockSync;
  readonly rehearsal: ShowClockRehearsal | null;
}

/**
 * Builds the live parts this page shows, each in its own element under `root`, and starts
 * them (render, bind, update); the page's live show keeps them for as long as it runs.
 */
export function makeLiveParts(options: LivePartsOptions): Controller[] {
  const { root, live, page, model, schedule, sync } = options;
  const zone = model.event.timeZone;
  const zoneLabel = model.event.timeZoneLabel;
  const parts: Controller[] = [
    new ClockNoteController({
      root: root.appendChild(h('div', {})),
      offsetMs: () => sync.offsetMs(),
      onOffsetChange: (onChange) => sync.onChange(onChange),
      rehearsal: options.rehearsal,
      compact: page === 'deck',
      describeStart: (ms) =>
        `${formatTime(ms, zone)} on ${formatShortDate(ms, zone)} (${zoneLabel})`,
    }),
  ];
  const bothZones = (ms: number, id: string): string => {
    const speaker = model.speakers.find((s) => s.id === id);
    const event = `${formatTime(ms, zone)} ${zoneLabel}`;
    return speaker && speaker.timeZone !== zone
      ? `${event}, ${formatTime(ms, speaker.timeZone)} ${speaker.timeZoneLabel}`
      : event;
  };
  if (page === 'run-of-show') {
    parts.push(
      new PresenceController({
        root: root.appendChild(h('div', {})),
        live,
        clock: options.clock,
        speakers: model.speakers.map((s) => ({
          id: s.id,
          name: s.name,
          turns: getSpeakerSegments(schedule, s.id).map((segment) => ({
            startMs: segment.start.toMillis(),
            endMs: segment.end.toMillis(),
          })),
        })),
        formatTime: (ms) => formatClock(ms, zone),
        formatBothZones: bothZones,
      }),
    );
  }
  const { speakerId } = options;
  if (page === 'speaker' && speakerId !== null) {
    parts.push(
      new CheckinController({
        root: root.appendChild(h('div', {})),
        live,
        formatAt: (ms) => bothZones(ms, speakerId),
      }),
    );
  }
  for (const part of parts) {
    part.render();
    part.bind();
    part.update();
  }
  return parts;
}
