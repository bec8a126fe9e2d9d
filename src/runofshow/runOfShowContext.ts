/**
 * What every part of the run-of-show reads: the model, the schedule and the page's mode.
 */
import type { Model } from '../../data/types.ts';
import type { Schedule } from '../show/schedule.ts';

/** Whether the page follows the real time or a rehearsal clock. */
export type RunOfShowMode = 'live' | 'rehearsal';

/** What every part of the run-of-show may use. */
export interface RunOfShowContext {
  readonly model: Model;
  readonly schedule: Schedule;
  readonly mode: RunOfShowMode;
  /** The link to a speaker's own page. */
  readonly speakerHref: (speakerId: string) => string;
  /** Each slide's title by id, for recording chapters. @defaultValue none: chapters show ids */
  readonly slideTitles?: ReadonlyMap<string, string>;
  /** Each slide's segment by id, so chapters of two segments never merge. @defaultValue none */
  readonly slideSegments?: ReadonlyMap<string, string | null>;
  /**
   * The schedule as announced, when `schedule` is the host's re-planned one: the cue list
   * then says which segments moved. @defaultValue none: `schedule` is as announced
   */
  readonly announced?: Schedule;
}
