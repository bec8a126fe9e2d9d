/**
 * The run-of-show's composer of messages to a speaker's screen (host and moderator): whom to,
 * the words, Send, and the ready-made messages. Built once; the live panel listens to it.
 */
import { h } from '../lib/h.ts';
import { MAX_MESSAGE_LENGTH, READY_MESSAGES } from './liveMessages.ts';
import type { LivePerson } from './renderLive.ts';

/** The composer's form and the controls the panel reads and writes. */
export interface MessageComposer {
  readonly form: HTMLFormElement;
  readonly to: HTMLSelectElement;
  readonly text: HTMLInputElement;
  readonly feedback: HTMLElement;
}

/**
 * Builds the composer for `people`. Its buttons carry what they send (`data-message` on a
 * ready-made one), so that one listener on the form serves them all.
 */
export function renderMessageComposer(people: readonly LivePerson[]): MessageComposer {
  const to = h(
    'select',
    { id: 'live-message-to', 'data-testid': 'run-of-show.message-to' },
    h('option', { value: 'all' }, 'All speakers'),
    people.map((p) => h('option', { value: p.id }, p.name)),
  );
  const text = h('input', {
    id: 'live-message-text',
    type: 'text',
    maxlength: MAX_MESSAGE_LENGTH,
    autocomplete: 'off',
    placeholder: 'A short message for the speaker’s screen',
    'data-testid': 'run-of-show.message-text',
  });
  const feedback = h('p', {
    class: 'live-feedback',
    'data-testid': 'run-of-show.message-feedback',
    role: 'status',
  });
  const button = (testId: string, label: string, className: string): HTMLButtonElement =>
    h('button', { type: 'button', class: className, 'data-testid': testId }, label);
  const readyButtons = READY_MESSAGES.map((words) => {
    const ready = button('run-of-show.message-ready', words, 'btn');
    ready.dataset.message = words;
    return ready;
  });
  const form = h(
    'form',
    { class: 'live-composer', 'aria-label': 'Message to a speaker’s screen' },
    h('label', { for: 'live-message-to' }, 'To'),
    to,
    h('label', { for: 'live-message-text' }, 'Message'),
    text,
    button('run-of-show.message-send', 'Send', 'btn btn-primary'),
    h('div', { class: 'live-ready' }, readyButtons),
    feedback,
  );
  return { form, to, text, feedback };
}
