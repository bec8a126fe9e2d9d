/**
 * The event's data, authored in the files beside this one. `loadModel()` is the only way
 * the rest of the project reads it.
 */
import { agenda } from './agenda.ts';
import { content } from './content.ts';
import { conventions } from './conventions.ts';
import { event } from './event.ts';
import { series } from './series.ts';
import { speakers } from './speakers.ts';
import { mapView, statesParties } from './statesParties.ts';
import { theme } from './theme.ts';
import type { ModelInput, ValidatedModel } from './types.ts';
import { validateModel } from './validate.ts';

/** Everything authored in `data/`, before validation. */
export const modelInput: ModelInput = {
  event,
  speakers,
  agenda,
  content,
  conventions,
  series,
  statesParties,
  mapView,
  theme,
};

let cached: ValidatedModel | null = null;

/**
 * Returns the validated model of the authored data (validated once, then cached).
 * For the build and the tests: pages never import this (they read `virtual:model`).
 * @throws DataError when the data is invalid.
 */
export function loadModel(): ValidatedModel {
  cached ??= validateModel(modelInput);
  return cached;
}

export type * from './types.ts';
export { DataError, formatSessionLabel, validateModel } from './validate.ts';
