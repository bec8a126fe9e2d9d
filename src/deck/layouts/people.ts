/**
 * People on slides: a participant's name and role, and names that never break at a hyphen.
 */
import type { Participant } from '../../../data/types.ts';
import { h, type Child } from '../../lib/h.ts';
import { formatSpeakerName } from '../../show/cues.ts';

const ROLE_LABEL: Record<Participant['role'], string> = {
  speaker: 'Speaker',
  panellist: 'Panellist',
  moderator: 'Moderator',
};

/** A participant's name and role. */
export function renderPerson(participant: Participant): HTMLElement {
  const { speaker, role } = participant;
  return h(
    'li',
    { class: 'person', 'data-speaker': speaker.id, 'data-role': role },
    h('span', { class: 'person-role' }, ROLE_LABEL[role]),
    h('span', { class: 'person-name' }, formatSpeakerName(speaker)),
    h('span', { class: 'person-title' }, speaker.role),
    h('span', { class: 'person-org' }, speaker.organisation),
  );
}

/**
 * Text in which hyphenated words ("Asia-Pacific") never break at their hyphen: a big title
 * that ends a line on "Asia-" reads badly in a screen share.
 */
export function renderUnbrokenHyphens(text: string): Child[] {
  return text
    .split(/(\S+-\S+)/)
    .filter((part) => part !== '')
    .map((part) => (/^\S+-\S+$/.test(part) ? h('span', { class: 'nowrap' }, part) : part));
}
