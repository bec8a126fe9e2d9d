/**
 * A speaker's notice of new messages while the page is in the background (behind Zoom): the
 * tab's title counts them, a short chime sounds (on by default, a switch mutes it, made with
 * the Web Audio API so nothing loads from the network), and a system notification shows
 * where the speaker allowed it. Permission is asked only from the speaker's own click.
 */
import { h } from '../lib/h.ts';
import type { LiveMessage } from './liveMessages.ts';

/** Where the mute switch is kept, per browser. */
const MUTE_KEY = 'live-chime-muted';

/** The alerts' controls and their update. */
export interface MessageAlerts {
  /** The chime switch and the notifications control. */
  readonly element: HTMLElement;
  /** Alerts for the messages among `waiting` this page has not alerted for yet. */
  update(waiting: readonly LiveMessage[]): void;
  /**
   * Listens for the first click or key (which lets the page make sound) and for the page
   * coming to the front (which clears the title's count), until `signal` aborts; the abort
   * also closes the audio.
   */
  listen(signal: AbortSignal): void;
}

/** Reads a saved flag; storage may be blocked (private mode), which means "not set". */
function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    if (value) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Not kept across reloads where storage is blocked; the switch still works here.
  }
}

/** Two short rising tones: noticeable behind a call, not alarming. */
function playChime(audio: AudioContext): void {
  const start = audio.currentTime + 0.01;
  for (const [i, frequency] of [880, 1320].entries()) {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    const at = start + i * 0.16;
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.15);
    tone.connect(gain).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.16);
  }
}

/** Whether the page is behind another window or tab. */
function isInBackground(): boolean {
  return document.hidden || !document.hasFocus();
}

/**
 * The switch for system notifications (`speaker.notify`) and what the browser allows
 * (`speaker.notify-state`); nothing where the browser has no notifications.
 */
function renderNotifyControl(): HTMLElement[] {
  if (typeof Notification === 'undefined') return [];
  const notifyButton = h(
    'button',
    { type: 'button', class: 'btn', 'data-testid': 'speaker.notify' },
    'Show system notifications',
  );
  const notifyState = h('span', {
    class: 'live-notify-state',
    'data-testid': 'speaker.notify-state',
  });
  function showPermission(): void {
    const permission = Notification.permission;
    notifyButton.hidden = permission !== 'default';
    notifyState.textContent =
      permission === 'granted'
        ? 'System notifications: on.'
        : permission === 'denied'
          ? 'System notifications are blocked in this browser’s settings.'
          : '';
  }
  notifyButton.addEventListener('click', () => {
    // Asked only here, from the speaker's click: browsers refuse (or remember a refusal of)
    // a request made without one.
    void Notification.requestPermission().then(showPermission, showPermission);
  });
  showPermission();
  return [notifyButton, notifyState];
}

/** Makes the alerts for a speaker page. */
export function makeMessageAlerts(): MessageAlerts {
  const alerted = new Set<string>();
  let unseen = 0;
  let baseTitle: string | null = null;
  let audio: AudioContext | null = null;

  const chime = h('input', {
    type: 'checkbox',
    id: 'live-chime',
    'data-testid': 'speaker.chime',
  });
  chime.checked = !readFlag(MUTE_KEY);
  chime.addEventListener('change', () => writeFlag(MUTE_KEY, !chime.checked));

  const canNotify = typeof Notification !== 'undefined';

  // Browsers let a page make sound only after the user interacted with it: the audio
  // context is made (or resumed) on the first click or key, and used from then on.
  const unlock = (): void => {
    try {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') void audio.resume();
    } catch {
      audio = null;
    }
  };

  function restoreTitle(): void {
    if (isInBackground()) return;
    unseen = 0;
    if (baseTitle !== null) document.title = baseTitle;
    baseTitle = null;
  }

  function alert(message: LiveMessage): void {
    unseen += 1;
    baseTitle ??= document.title;
    document.title = `(${unseen}) New message · ${baseTitle}`;
    // A chime or a notification that fails (no audio device; a browser, such as Chrome on
    // Android, whose Notification cannot be constructed) must never keep the message off screen.
    try {
      if (chime.checked) {
        unlock();
        if (audio) playChime(audio);
      }
    } catch (error) {
      console.warn('[live] the chime could not play:', error);
    }
    try {
      if (canNotify && Notification.permission === 'granted') {
        new Notification(`Message from the ${message.from}`, {
          body: message.text,
          tag: message.id,
        });
      }
    } catch (error) {
      console.warn('[live] the system notification could not show:', error);
    }
  }

  const element = h(
    'div',
    { class: 'live-alerts' },
    h('label', { for: 'live-chime', class: 'live-chime' }, chime, ' Chime for new messages'),
    renderNotifyControl(),
  );

  return {
    element,
    update(waiting) {
      const background = isInBackground();
      for (const message of waiting) {
        if (alerted.has(message.id)) continue;
        alerted.add(message.id);
        if (background) alert(message);
      }
    },
    listen(signal) {
      document.addEventListener('pointerdown', unlock, { capture: true, signal });
      document.addEventListener('keydown', unlock, { capture: true, signal });
      window.addEventListener('focus', restoreTitle, { signal });
      document.addEventListener('visibilitychange', restoreTitle, { signal });
      signal.addEventListener(
        'abort',
        () => {
          void audio?.close();
          audio = null;
        },
        { once: true },
      );
    },
  };
}
