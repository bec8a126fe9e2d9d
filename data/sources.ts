/** Sources shared by several data files. */
import type { SourceInput } from './types.ts';

/** The webinar announcement (copied to `../shared/brief/event-announcement.txt`). */
export const announcement: SourceInput = {
  url: 'https://apnnic.net/resources/recognition-conventions-higher-education-mobility-asia-pacific-webinar-session-1',
  note: 'UNESCO Bangkok / APNNIC announcement of Session 1, 28 August 2025',
};

/** APNNIC news on the same webinar: repeats the counts and gives the Tokyo Convention dates. */
export const announcementNews: SourceInput = {
  url: 'https://apnnic.net/news-events/unpacking-the-benefits-of-the-global-regional-recognition-conventions-capacity-building-webinar-for-asia-and-the-pacific-session-1',
  note: 'Counts 38 and 12; Tokyo Convention adopted 26 Nov 2011, in force 1 Feb 2018',
};
