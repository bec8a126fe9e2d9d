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
