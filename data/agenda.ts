import type { AgendaItemInput } from './types.ts';

/** The programme as announced, times in the event's zone. */
export const agenda = [
  {
    id: 'opening',
    start: '11:00',
    end: '11:10',
    kind: 'opening',
    label: 'Opening',
    title: 'Opening and introduction',
    participants: [{ speaker: 'marina-patrier', role: 'speaker' }],
  },
  {
    id: 'overview',
    start: '11:10',
    end: '11:15',
    kind: 'overview',
    label: 'Overview',
    title: 'Update on implementation of the Global Convention on Higher Education',
    participants: [{ speaker: 'leila-loupis', role: 'speaker' }],
  },
  {
    id: 'panel',
    start: '11:15',
    end: '12:25',
    kind: 'panel',
    label: 'Interactive panel discussion with Q&A from audience',
    title:
      'Reflections on ratification and implementation of the UNESCO recognition conventions and the strategic and practical benefits',
    participants: [
      { speaker: 'nadia-starr', role: 'panellist' },
      { speaker: 'joanna-wilson', role: 'moderator' },
    ],
    // The announcement names audience Q&A but gives no times for it; these are the
    // organisers' working plan (40 min of panel, then questions, the last one at 12:18 so
    // that it is answered before the 12:25 hand-over). Change them here if the plan changes.
    checkpoints: [
      { at: '11:55', label: 'Audience Q&A opens' },
      { at: '12:18', label: 'Last question' },
    ],
  },
  {
    id: 'wrap-up',
    start: '12:25',
    end: '12:30',
    kind: 'wrap-up',
    label: 'Wrap up',
    title: 'Wrap up',
    participants: [{ speaker: 'joanna-wilson', role: 'speaker' }],
  },
] as const satisfies readonly AgendaItemInput[];
