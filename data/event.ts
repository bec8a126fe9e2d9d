import { announcement } from './sources.ts';
import type { EventInput } from './types.ts';

/** Session 1 of the series, as announced. */
export const event = {
  id: 'recognition-webinar-1',
  series: 'Capacity-building webinar for Asia and the Pacific',
  session: 1,
  title:
    'How can the Global and Regional Recognition Conventions boost higher education mobility in Asia-Pacific?',
  fullTitle:
    'Capacity-building webinar for Asia and the Pacific – Session 1: How can the Global and Regional Recognition Conventions boost higher education mobility in Asia-Pacific?',
  date: '2025-08-28',
  start: '11:00',
  end: '12:30',
  timeZone: 'Asia/Bangkok',
  timeZoneLabel: 'Bangkok',
  format: 'Zoom webinar',
  joinNote: 'Zoom webinar, held in English. Join with the Zoom link in your invitation.',
  // Speakers join 30 minutes before their first segment for the sound check (the working
  // plan: the announcement gives no time for it). Their calendar files hold that join time,
  // with a reminder 15 minutes before it.
  speakerJoin: { minutesBefore: 30, reminderMinutes: 15 },
  audience: 'Policymakers and higher education stakeholders based in Asia and the Pacific',
  languages: ['English'],
  organisers: [
    {
      name: 'UNESCO Regional Office in Bangkok and Office for UN Coordination for Asia and the Pacific',
      shortName: 'UNESCO Bangkok',
      role: 'host',
      // Without a logo file each organiser is set as a wordmark in the deck's font. To show
      // an organiser's own logo, put the file in public/ (e.g. public/logos/host.svg) and name
      // it here as logo: 'logos/host.svg', only with their permission.
    },
    {
      name: 'Bureau of the Tokyo Convention',
      role: 'partner',
    },
  ],
  summary:
    'The first session in a new Asia-Pacific webinar series on enhancing understanding and implementation of UNESCO’s recognition conventions in higher education.',
  housekeeping: [
    'Your microphone is muted for the webinar.',
    'Ask your questions in the Zoom Q&A box: the panel discussion takes questions from the audience.',
    'The session may be recorded by the organisers.',
    'The webinar is held in English.',
  ],
  // The closing slide's links: none is in the announcement. Add each once it is known
  // (recordingUrl, slidesUrl, feedbackUrl, drawn as a QR code too, and contacts: [{ name,
  // email }]); a missing one leaves no row. The next sessions come from data/series.ts.
  followUp: {},
  sources: [announcement],
} as const satisfies EventInput;
