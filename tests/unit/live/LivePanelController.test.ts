// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startController, type Controller } from '../../../src/lib/controller.ts';
import type { LiveShow } from '../../../src/live/connectLive.ts';
import { parseLiveKey } from '../../../src/live/liveKey.ts';
import type { LiveAck, LiveMessage } from '../../../src/live/liveMessages.ts';
import { LivePanelController } from '../../../src/live/LivePanelController.ts';

const AT = Date.UTC(2031, 4, 14, 4, 0);

/**
 * A live show as a speaker's page sees it, with the server's side played here: messages
 * arrive, and an acknowledgement is recorded (and shown to every page) as the server would.
 */
function makeSpeakerShow(speakerId: string): {
  live: LiveShow;
  acks: LiveAck[];
  arrive(message: LiveMessage): void;
} {
  const key = parseLiveKey(`speaker.${speakerId}.${'x'.repeat(24)}`);
  if (!key) throw new Error('At makeSpeakerShow: expected a valid speaker key, got none.');
  const messages: LiveMessage[] = [];
  const acks: LiveAck[] = [];
  const watchers = new Set<() => void>();
  const changed = (): void => {
    for (const watcher of watchers) watcher();
  };
  const live: LiveShow = {
    key,
    status: () => 'connected',
    refusal: () => null,
    readLog: () => [],
    appendLog: () => undefined,
    readMessages: () => [...messages],
    readAcks: () => [...acks],
    readCheckins: () => [],
    checkIn: () => undefined,
    readPresence: () => [],
    announceClockOffset: () => undefined,
    waitingMessages: () => [],
    sendMessage: () => null,
    acknowledge(messageId) {
      acks.push({ messageId, by: speakerId, at: AT + 60_000 });
      changed();
    },
    recordSlide: () => undefined,
    requestNewLink: () => undefined,
    newLinkKey: () => null,
    followers: () => null,
    onChange(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    destroy: () => undefined,
  };
  return {
    live,
    acks,
    arrive(message) {
      messages.push(message);
      changed();
    },
  };
}

function message(id: string, text: string, minutes: number): LiveMessage {
  return { id, at: AT + minutes * 60_000, from: 'host', to: 'nadia-starr', text };
}

/** The messages on the speaker's screen, newest first, by their words. */
function shownTexts(root: HTMLElement): string[] {
  return [...root.querySelectorAll('[data-testid="speaker.message-text"]')].map(
    (p) => p.textContent,
  );
}

/** Presses "Got it" on the message showing `text`. */
function gotIt(root: HTMLElement, text: string): void {
  const card = [...root.querySelectorAll<HTMLElement>('[data-testid="speaker.message"]')].find(
    (el) => el.textContent.includes(text),
  );
  const button = card?.querySelector<HTMLButtonElement>('[data-testid="speaker.message-ack"]');
  if (!button) throw new Error(`At gotIt: expected a message showing "${text}", got none.`);
  button.click();
}

describe('the live panel on a speaker’s page', () => {
  let panel: Controller | null = null;
  afterEach(() => {
    panel?.destroy();
    panel = null;
  });

  it('acknowledges the message whose "Got it" she pressed, whatever arrived before it', () => {
    const show = makeSpeakerShow('nadia-starr');
    const root = document.body.appendChild(document.createElement('div'));
    panel = startController(
      new LivePanelController({
        root,
        live: show.live,
        page: 'speaker',
        people: [{ id: 'nadia-starr', name: 'Nadia Starr' }],
        describeSlide: () => null,
        formatTime: (ms) => new Date(ms).toISOString().slice(11, 16),
      }),
    );
    show.arrive(message('m1', 'Joanna here: your first question comes next', 1));
    show.arrive(message('m2', 'You are muted', 2));
    expect(shownTexts(root)).toEqual([
      'You are muted',
      'Joanna here: your first question comes next',
    ]);

    gotIt(root, 'You are muted');
    expect(show.acks.map((a) => a.messageId)).toEqual(['m2']);
    expect(shownTexts(root)).toEqual(['Joanna here: your first question comes next']);

    gotIt(root, 'Joanna here');
    expect(show.acks.map((a) => a.messageId)).toEqual(['m2', 'm1']);
    expect(shownTexts(root)).toEqual([]);
  });
});
