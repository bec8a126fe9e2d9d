/**
 * The rehearsal clock's controls, shared by the run-of-show and the speaker pages: the
 * segment to rehearse, Start, Pause, Resume and Reset, and a status line. The page owns the
 * state and says what each action does; the panel only shows and reports.
 */
import type { ScheduledSegment } from '../time/schedule.ts';
import type { RehearsalState } from '../show/rehearsal.ts';
import { h } from './h.ts';
import { makeButton } from './makeButton.ts';

/** What a rehearsal control asks for. */
export type RehearsalAction = 'start' | 'pause' | 'resume' | 'reset';

/** Options for `makeRehearsalPanel`. */
export interface RehearsalPanelOptions {
  /** The test-id namespace: `<capability>.rehearsal-start` and so on. */
  readonly capability: string;
  /** The segments one may rehearse, in programme order. */
  readonly segments: readonly ScheduledSegment[];
  /** A segment as the chooser lists it. */
  readonly optionLabel: (segment: ScheduledSegment) => string;
  /** The reset button's label. @defaultValue "Reset" */
  readonly resetLabel?: string;
  /** A hint after the idle status line, such as the key that starts the clock. @defaultValue none */
  readonly idleHint?: string;
  readonly onChoose: (segmentId: string) => void;
  readonly onAction: (action: RehearsalAction) => void;
}

/** The panel's parts, for the page to lay out, and the way to bring them up to date. */
export interface RehearsalPanel {
  readonly select: HTMLSelectElement;
  /** Start, Pause, Resume, Reset. */
  readonly buttons: readonly HTMLButtonElement[];
  readonly status: HTMLParagraphElement;
  /** Shows `state` on `segment`; Reset is enabled when `canReset`. */
  update(state: RehearsalState, segment: ScheduledSegment, canReset: boolean): void;
}

/** Makes the rehearsal panel. */
export function makeRehearsalPanel(options: RehearsalPanelOptions): RehearsalPanel {
  const { capability } = options;
  const id = `${capability}-rehearsal-segment`;
  const button = (action: RehearsalAction, label: string, primary: boolean): HTMLButtonElement =>
    makeButton(
      `${capability}.rehearsal-${action}`,
      label,
      () => options.onAction(action),
      primary ? 'btn-primary' : '',
    );
  const start = button('start', 'Start', true);
  const pause = button('pause', 'Pause', false);
  const resume = button('resume', 'Resume', true);
  const reset = button('reset', options.resetLabel ?? 'Reset', false);
  const select = h(
    'select',
    { id, 'data-testid': `${capability}.rehearsal-segment` },
    options.segments.map((s) => h('option', { value: s.id }, options.optionLabel(s))),
  );
  select.addEventListener('change', () => options.onChoose(select.value));
  const status = h('p', {
    class: 'rehearsal-status',
    'data-testid': `${capability}.rehearsal-status`,
  });
  const setText = (text: string): void => {
    if (status.textContent !== text) status.textContent = text;
  };
  return {
    select,
    buttons: [start, pause, resume, reset],
    status,
    update(state, segment, canReset) {
      const st = state.timer.status;
      // Set only what changed: writing a reflected attribute, even to its value, is a DOM
      // change, and the page may repaint every second.
      const hide = (el: HTMLElement, value: boolean): void => {
        if (el.hidden !== value) el.hidden = value;
      };
      const disable = (el: HTMLButtonElement | HTMLSelectElement, value: boolean): void => {
        if (el.disabled !== value) el.disabled = value;
      };
      hide(start, st !== 'idle');
      hide(pause, st !== 'running');
      hide(resume, st !== 'paused');
      disable(reset, !canReset);
      disable(select, st !== 'idle');
      if (select.value !== segment.id) select.value = segment.id;
      if (status.dataset.status !== st) status.dataset.status = st;
      setText(
        st === 'idle'
          ? `Ready at the start of “${segment.item.label}”.${options.idleHint ? ` ${options.idleHint}` : ''}`
          : st === 'running'
            ? 'Running.'
            : 'Paused.',
      );
    },
  };
}
