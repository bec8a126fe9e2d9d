import { announcement, announcementNews } from './sources.ts';
import type { ConventionInput } from './types.ts';

/**
 * The Global Convention and the five regional recognition conventions it complements.
 * `statedParties` is what the announcement states; the States Parties themselves are in
 * `statesParties.ts`.
 */
export const conventions = [
  {
    id: 'global',
    shortName: 'Global Convention',
    title: 'Global Convention on the Recognition of Qualifications concerning Higher Education',
    region: 'Global',
    scope: 'global',
    adoptedYear: 2019,
    inForceYear: 2023,
    statedParties: 38,
    note: 'The first UN treaty on higher education.',
    sources: [
      announcement,
      {
        url: 'https://www.nicjp.niad.ac.jp/news/GC-enters-into-force.html',
        note: 'Adopted 25 Nov 2019 at the 40th General Conference; in force 5 Mar 2023',
      },
    ],
  },
  {
    id: 'tokyo',
    shortName: 'Tokyo Convention',
    title:
      'Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education',
    region: 'Asia and the Pacific',
    scope: 'regional',
    adoptedYear: 2011,
    inForceYear: 2018,
    statedParties: 12,
    sources: [announcement, announcementNews],
  },
] as const satisfies readonly ConventionInput[];
