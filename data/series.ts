import { announcement } from './sources.ts';
import type { SeriesInput } from './types.ts';

/** The webinar series and the meetings it leads up to, as announced (month precision only). */
export const series = {
  title: 'Asia-Pacific webinar series on the UNESCO recognition conventions',
  entries: [
    {
      id: 'webinar-1',
      kind: 'webinar',
      title:
        'Session 1: How can the Global and Regional Recognition Conventions boost higher education mobility in Asia-Pacific?',
      when: '2025-08-28',
    },
    { id: 'webinar-2', kind: 'webinar', title: 'Session 2', when: '2025-09' },
    { id: 'webinar-3', kind: 'webinar', title: 'Session 3', when: '2025-10' },
    {
      id: 'tokyo-committee-6',
      kind: 'meeting',
      title: 'Sixth session of the Tokyo Convention Committee',
      when: null,
      note: 'The series leads up to it; the announcement gives no date.',
    },
    {
      id: 'apnnic-plenary-4',
      kind: 'meeting',
      title:
        'Fourth session of the Asia-Pacific Network of National Information Centres (APNNIC) Plenary',
      when: null,
      note: 'The series leads up to it; the announcement gives no date.',
    },
  ],
  sources: [announcement],
} as const satisfies SeriesInput;
