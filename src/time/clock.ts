import { DateTime } from 'luxon';

/** A source of the current instant, injected so that pages can run on a rehearsal clock and tests on a fixed one. */
export interface Clock {
  now(): DateTime;
}

/** The real time. */
export const systemClock: Clock = { now: () => DateTime.now() };

/** A clock that always returns `instant`, for tests and for rendering a page as of a moment. */
export function makeFixedClock(instant: DateTime): Clock {
  return { now: () => instant };
}
