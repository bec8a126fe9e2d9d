/**
 * The base of the map's controllers for markup the build already drew (the States Parties
 * table and its scroll region): there is nothing to build and nothing to repaint, only
 * listeners, so `render` and `update` are empty here, once, rather than in each of them.
 */
import { ControllerBase } from '../lib/controller.ts';

/** A controller over prerendered markup: only `listen` is its own. */
export abstract class PrerenderedController extends ControllerBase {
  /** Nothing to build: the build drew the markup into the slide. */
  render(): void {
    // The markup is already on the slide.
  }

  /** Nothing to repaint: what changes, changes in the listeners. */
  update(): void {
    // Stateless between events.
  }
}
