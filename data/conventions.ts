import { announcement, announcementNews } from './sources.ts';
import type { ConventionInput } from './types.ts';

/**
 * The Global Convention and the five regional recognition conventions it complements.
 * Years come from the cited sources; the announcement names only the Global and Tokyo ones.
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
  {
    id: 'lisbon',
    shortName: 'Lisbon Recognition Convention',
    title:
      'Convention on the Recognition of Qualifications concerning Higher Education in the European Region',
    region: 'Europe',
    scope: 'regional',
    adoptedYear: 1997,
    inForceYear: 1999,
    statedParties: null,
    note: 'A joint Council of Europe and UNESCO treaty (ETS No. 165), adopted in Lisbon on 11 April 1997; in force 1 February 1999.',
    sources: [
      {
        url: 'https://scribd.com/document/546729792/CETS-165-Modalities-Accession-docx',
        note: "Council of Europe note (Nov 2018) on accession modalities: '(ETS No. 165, entered into force on 1 February 1999)'.",
      },
      {
        url: 'https://www.global-regulation.com/translation/switzerland/2976283/rs-0.414.8-convention-of-11-april-1997-on-the-recognition-of-qualifications-concerning-higher-education-in-the-european-region.html',
        note: 'Translation of the Swiss RS 0.414.8: convention concluded in Lisbon on 11 April 1997; entered into force for Switzerland on 1 February 1999.',
      },
    ],
  },
  {
    id: 'addis',
    shortName: 'Addis Convention',
    title:
      'Revised Convention on the Recognition of Studies, Certificates, Diplomas, Degrees and Other Academic Qualifications in Higher Education in African States',
    region: 'Africa',
    scope: 'regional',
    adoptedYear: 2014,
    inForceYear: 2019,
    statedParties: null,
    note: 'Adopted in Addis Ababa on 12 December 2014; in force 15 December 2019. It revises the 1981 Arusha Convention.',
    sources: [
      {
        url: 'https://webarchive.unesco.org/web/20220625113421/https://www.unesco.org/en/education/higher-education/conventions',
        note: "UNESCO 'Higher education regional conventions' page, archived June 2022: the Convention was adopted on 12 December 2014 in Addis Ababa, Ethiopia and entered into force on 15 December 2019; 13 States Parties as of Dec 2021.",
      },
      {
        url: 'https://indiaeducationdiary.in/unescos-addis-convention-on-higher-education-to-enter-into-force/',
        note: "Copy of the UNESCO release: five instruments deposited on 15 Nov 2019 brought the total to 13, and the Convention 'will now enter into force on 15 December 2019'. Adopted 12 December 2014 in Addis Ababa.",
      },
    ],
  },
  {
    id: 'buenos-aires',
    shortName: 'Buenos Aires Convention',
    title:
      'Regional Convention on the Recognition of Studies, Diplomas and Degrees in Higher Education in Latin America and the Caribbean',
    region: 'Latin America and the Caribbean',
    scope: 'regional',
    adoptedYear: 2019,
    inForceYear: 2022,
    statedParties: null,
    note: 'Adopted in Buenos Aires on 13 July 2019; in force 23 October 2022 (the year from the date of the IESALC article).',
    sources: [
      {
        url: 'https://iesalc-unesco.org/2022/10/26/new-regional-convention-for-the-recognition-of-studies-degrees-and-diplomas-in-higher-education-in-latin-america-and-the-caribbean-enters-into-force',
        note: "UNESCO-IESALC, 26 Oct 2022: the New Regional Convention 'entered into force on October 23rd', after ratifications by Cuba, Grenada, Peru and Uruguay.",
      },
      {
        url: 'https://webarchive.unesco.org/web/20201204185415/http://portal.unesco.org/en/ev.php-URL_ID=49523&URL_DO=DO_TOPIC&URL_SECTION=201.html',
        note: "UNESCO Legal Instruments page (archived Dec 2020): 'Regional Convention on the Recognition of Studies, Diplomas and Degrees in Higher Education in Latin America and the Caribbean 2019 - Buenos Aires, 13 July 2019'. No entry-into-force date yet at that time.",
      },
    ],
  },
  {
    id: 'arab-states',
    shortName: 'Arab States Convention',
    title:
      'Revised Convention on the Recognition of Studies, Diplomas and Degrees in Higher Education in the Arab States',
    region: 'Arab States',
    scope: 'regional',
    adoptedYear: 2022,
    inForceYear: null,
    statedParties: null,
    note: 'Adopted in Paris on 2 February 2022. No source found confirms its entry into force by August 2025, so the deck says "not confirmed".',
    sources: [
      {
        url: 'https://meilu.sanwago.com/url-68747470733a2f2f7777772e756e6573636f2e6f7267/en/legal-affairs/revised-convention-recognition-studies-diplomas-and-degrees-higher-education-arab-states',
        note: 'Proxy copy of unesco.org/en/legal-affairs/revised-convention-recognition-studies-diplomas-and-degrees-higher-education-arab-states. Date and place of adoption: 2 February 2022, France. Entry into force: only the conditional Article VII.2 clause (five States), no date.',
      },
      {
        url: 'https://articles.unesco.org/en/articles/arab-states-adopt-revised-convention-recognition-studies-diplomas-and-degrees-higher',
        note: 'UNESCO news: adopted on 2 February 2022 by an International Conference of States at UNESCO Headquarters in Paris.',
      },
      {
        url: 'https://www.nicjp.niad.ac.jp/en/site/unesco-conventions.html',
        note: "NIC Japan timeline (as of 5 Nov 2024): '8 October 2024 Qatar ratified the Arab States Revised Convention.' No effective date is given, unlike the entries for other conventions.",
      },
    ],
  },
] as const satisfies readonly ConventionInput[];
