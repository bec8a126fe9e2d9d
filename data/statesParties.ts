/**
 * The States Parties of the Global Convention (2019) and the Tokyo Convention (2011), as of
 * the webinar, each with the sources that state it. Compiled from stored copies of public
 * pages (see ../shared/brief/treaties/ and ../research/global-parties.md); the official UNESCO
 * States Parties tables could not be read, so every row rests on the sources cited with it.
 *
 * Rules kept here:
 * - A State is listed only when a source says it deposited on or before `asOf`. Nothing is
 *   guessed: an unknown date is `null` with the reason in its note.
 * - `basis: 'inferred'` marks a date worked out from a stated one with the treaty's rule
 *   (Global Convention Art. XVIII: in force 3 months after deposit; Tokyo Convention Art. X.2:
 *   first day of the month after one month from deposit).
 * - The counts the announcement states (38 and 12) are in data/conventions.ts. The deck says
 *   how many of them are listed here.
 *
 * Global Convention: 29 of 38 confirmed. Candidates that passed a domestic law but whose
 * deposit no source confirms, so they are NOT mapped: Hungary (HUN 348, Act LXXXI of 2023;
 * https://njt.hu/jogszabaly/2023-81-00-00), Guinea (GIN 324, law voted 6 Mar 2023),
 * Republic of Moldova (MDA 498, accession law 19 Oct 2023), Uruguay (URY 858, Ley 20.111).
 * Uzbekistan (late Oct 2025) joined after the webinar.
 * Tokyo Convention: all 12 confirmed. Kazakhstan ratified in 2026, after the webinar.
 */
import type { MapViewInput, SourceInput, StatesPartiesInput } from './types.ts';

// Sources cited by several rows (ids as in ../shared/brief/treaties/states-parties.json).
const unescoFirst20: SourceInput = {
  url: 'https://www.karic.kr/cop/bbs/selectBoardArticle.do?nttId=1219&bbsId=BBSMSTR_000000000361&pageIndex=1',
  note: 'UNESCO news of 9 Dec 2022 (reposted by KARIC): the first 20 States Parties by name (S3)',
};
const mofaOrder: SourceInput = {
  url: 'https://gov-base.info/2023/03/07/185507',
  note: 'Copy of Japan MOFA, 6 Mar 2023: the 21 States Parties as of 1 Mar 2023, in order of deposit (S5)',
};
const nicJapanInForce: SourceInput = {
  url: 'https://www.nicjp.niad.ac.jp/news/GC-enters-into-force.html',
  note: 'NIC-Japan: in force 5 Mar 2023; 21 Parties in order; Andorra 20th on 5 Dec 2022 (S6)',
};
const nicJapanGlobal: SourceInput = {
  url: 'https://www.nicjp.niad.ac.jp/en/news/GlobalConvention_Japan.html',
  note: 'NIC-Japan: Japan deposited its acceptance on 13 Sep 2022 as the 17th State (S7)',
};
const unescoTenByFeb2022: SourceInput = {
  url: 'https://webarchive.unesco.org/web/20220319120750/https:/www.unesco.org/en/education/higher-education/global-convention',
  note: 'UNESCO page archived Mar 2022: 10 States Parties as of Feb 2022 (S10)',
};
const azvoCroatia: SourceInput = {
  url: 'https://azvo.hr/2022/01/25/globalna-konvencija-o-priznavanju-kvalifikacija-u-visokom-obrazovanje/',
  note: 'AZVO: Croatia deposited on 17 Jan 2022 as the 7th State',
};
const uwnInForce: SourceInput = {
  url: 'https://www.forea.kpi.ua/en/un-treaty-on-qualifications-recognition-enters-into-force',
  note: 'University World News copy: Iceland and Andorra 19th and 20th on 5 Dec 2022 (S29)',
};
const nicJapanTimeline: SourceInput = {
  url: 'https://www.nicjp.niad.ac.jp/en/site/unesco-conventions.html',
  note: 'NIC-Japan timeline: deposits and entry into force for New Zealand, South Africa, Mongolia (S21)',
};
const aacrao33: SourceInput = {
  url: 'https://aacrao.org/edge/emergent-news/growing-commitment-to-unesco-s-conventions-on-higher-education',
  note: 'AACRAO relaying UNESCO, late 2024: Ecuador, New Zealand, South Africa ratified; 33 Parties (S20)',
};
const builaParties: SourceInput = {
  url: 'https://www.buila.ac.uk/articles/uzbekistan-joins-unesco-convention-on-qualifications-amid-focus-on-quality',
  note: 'BUILA, late 2025: names Parties among the 38, including Finland and South Africa (S23)',
};
const holySee: SourceInput = {
  url: 'http://www.educatio.va/content/cec/en/international-relations-of-the-Holy-See/multilateral-agreements.html',
  note: 'Dicastery for Culture and Education: the Holy See ratified both conventions (S30)',
};
const nicJapanTokyo: SourceInput = {
  url: 'https://www.nicjp.niad.ac.jp/en/site/TokyoConvention.html',
  note: 'NIC-Japan: the 12 Parties as of 1 Jun 2023 in order, with deposit dates and instruments (T1)',
};
const mofaTokyo: SourceInput = {
  url: 'https://www.mofa.go.jp/mofaj/press/release/press4_005594.html',
  note: 'Japan MOFA, 1 Feb 2018: the 5 Parties at entry into force, 1 Feb 2018 (T3)',
};
const tokyoCommittee2019: SourceInput = {
  url: 'http://www.congregatiodeistitutionecatholica.va/content/cec/en/international-relations-of-the-Holy-See/multilateral-agreements/convenzione-di-tokyo.html',
  note: 'Holy See: the 8 Parties at the 2nd Committee session, Sep 2019 (T8)',
};
const nicJapanRussiaAfghanistan: SourceInput = {
  url: 'https://www.nicjp.niad.ac.jp/en/news/TokyoConvention_Russia-Afghanistan.html',
  note: 'NIC-Japan: in force for the Russian Federation 1 Jan 2021 and Afghanistan 1 Feb 2021 (T10)',
};

/** Art. XVIII.1: in force on 5 Mar 2023 for each of the first 20 States. */
const globalFirst20InForce = {
  date: '2023-03-05',
  note: 'Art. XVIII.1: in force on 5 Mar 2023 for the first 20 States',
} as const;
/** The Tokyo Convention's entry into force, for its first five States (Art. X.2). */
const tokyoFirst5InForce = { date: '2018-02-01' } as const;

const beforeCroatia =
  'Exact date not found: deposited after Norway (8 Jun 2020) and before Croatia, the 7th State (17 Jan 2022).';
const afterCroatia =
  'Exact date not found: deposited after Croatia, the 7th State (17 Jan 2022), and by Feb 2022, when UNESCO counted 10 Parties.';
const beforeCuba =
  'Exact date not found: deposited after Feb 2022 (10 Parties) and before Cuba, the 13th State (about 7 Apr 2022).';
const beforeJapan =
  'Exact date not found: deposited after Palestine (by late Apr 2022) and before Japan, the 17th State (13 Sep 2022).';
const inForceUnknown =
  'Three months after its deposit (Art. XVIII.2), and the deposit date is not confirmed.';

/** States Parties by convention id, as of the webinar. */
export const statesParties = {
  global: {
    asOf: '2025-08-28',
    gapNote:
      'The official UNESCO table could not be read; the remaining Parties are not named by any public source we found.',
    parties: [
      {
        name: 'Norway',
        iso3: 'NOR',
        isoNumeric: '578',
        instrument: 'approval',
        deposit: { date: '2020-06-08' },
        entryIntoForce: globalFirst20InForce,
        sources: [
          nicJapanGlobal,
          {
            url: 'http://hindi-lyrics.com/en/countries/no/conventions',
            note: "Mirror of UNESCO's page for Norway: deposit 8 Jun 2020, approval (S8)",
          },
          mofaOrder,
        ],
      },
      {
        name: 'Nicaragua',
        iso3: 'NIC',
        isoNumeric: '558',
        instrument: null,
        deposit: { date: null, note: beforeCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder],
      },
      {
        name: 'Estonia',
        iso3: 'EST',
        isoNumeric: '233',
        instrument: null,
        deposit: { date: null, note: beforeCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder],
      },
      {
        name: 'France',
        iso3: 'FRA',
        isoNumeric: '250',
        instrument: null,
        deposit: { date: null, note: beforeCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder],
      },
      {
        name: 'Romania',
        iso3: 'ROU',
        isoNumeric: '642',
        instrument: 'acceptance',
        deposit: { date: null, note: beforeCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [
          unescoFirst20,
          mofaOrder,
          {
            url: 'https://cnred.edu.ro/blog/2023/08/01/ministerul-educatiei-a-finalizat-procesul-de-acceptare-a-conventiei-globale-privind-recunoasterea-calificarilor-din-invatamantul-superior/',
            note: 'CNRED: Romania accepted the Convention (Law 164/2021)',
          },
        ],
      },
      {
        name: 'Tunisia',
        iso3: 'TUN',
        isoNumeric: '788',
        instrument: null,
        deposit: { date: null, note: beforeCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder, azvoCroatia],
      },
      {
        name: 'Croatia',
        iso3: 'HRV',
        isoNumeric: '191',
        instrument: 'ratification',
        deposit: { date: '2022-01-17' },
        entryIntoForce: { date: '2023-03-05' },
        sources: [
          azvoCroatia,
          {
            url: 'https://azvo.hr/2023/03/10/globalna-konvencija-o-priznavanju-kvalifikacija-u-visokom-obrazovanju-stupila-na-snagu-u-odnosu-na-republiku-hrvatsku/',
            note: 'AZVO: in force for Croatia on 5 Mar 2023',
          },
        ],
      },
      {
        name: 'Holy See',
        iso3: 'VAT',
        isoNumeric: '336',
        instrument: 'ratification',
        deposit: { date: null, note: afterCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [holySee, unescoFirst20, mofaOrder],
      },
      {
        name: 'Lithuania',
        iso3: 'LTU',
        isoNumeric: '440',
        instrument: 'ratification',
        deposit: { date: null, note: afterCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [
          unescoFirst20,
          mofaOrder,
          {
            url: 'https://skvc.lt/default/en/news/the-lithuanian-parliament-has-ratified-the-global-recognition-convention-',
            note: 'SKVC: ratification law XIV-593 signed 4 Nov 2021',
          },
        ],
      },
      {
        name: 'Armenia',
        iso3: 'ARM',
        isoNumeric: '051',
        instrument: null,
        deposit: { date: null, note: afterCroatia },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder, unescoTenByFeb2022],
      },
      {
        name: 'United Kingdom of Great Britain and Northern Ireland',
        iso3: 'GBR',
        isoNumeric: '826',
        instrument: null,
        deposit: { date: null, note: beforeCuba },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder],
      },
      {
        name: "Côte d'Ivoire",
        iso3: 'CIV',
        isoNumeric: '384',
        instrument: null,
        deposit: { date: null, note: beforeCuba },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder],
      },
      {
        name: 'Cuba',
        iso3: 'CUB',
        isoNumeric: '192',
        instrument: 'ratification',
        deposit: {
          date: '2022-04',
          note: 'Handed to the Director-General at a ceremony reported on 7 Apr 2022; the day is not given.',
        },
        entryIntoForce: globalFirst20InForce,
        sources: [
          {
            url: 'https://archivo.prensa-latina.cu/2022/04/07/cuba-ratifica-en-unesco-convencion-relacionada-con-educacion-superior',
            note: 'Prensa Latina, 7 Apr 2022: the instrument of ratification handed to the Director-General',
          },
          mofaOrder,
        ],
      },
      {
        name: 'Palestine',
        iso3: 'PSE',
        isoNumeric: '275',
        instrument: null,
        deposit: {
          date: null,
          note: 'Exact date not found: after Feb 2022 (10 Parties) and by about 29 Apr 2022, when the Ministry announced Palestine had joined.',
        },
        entryIntoForce: globalFirst20InForce,
        sources: [
          {
            url: 'https://www.universityworldnews.com/post.php?story=20220429164250127',
            note: 'University World News, Apr 2022: Palestine has joined the Global Convention',
          },
          unescoFirst20,
          mofaOrder,
        ],
      },
      {
        name: 'Sweden',
        iso3: 'SWE',
        isoNumeric: '752',
        instrument: null,
        deposit: { date: null, note: beforeJapan },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder],
      },
      {
        name: 'Slovakia',
        iso3: 'SVK',
        isoNumeric: '703',
        instrument: null,
        deposit: { date: null, note: beforeJapan },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder],
      },
      {
        name: 'Japan',
        iso3: 'JPN',
        isoNumeric: '392',
        instrument: 'acceptance',
        deposit: { date: '2022-09-13' },
        entryIntoForce: globalFirst20InForce,
        sources: [nicJapanGlobal, mofaOrder, nicJapanInForce],
      },
      {
        name: 'Cabo Verde',
        iso3: 'CPV',
        isoNumeric: '132',
        instrument: null,
        deposit: {
          date: null,
          note: 'Exact date not found: the 18th State, after Japan (13 Sep 2022) and before Iceland (5 Dec 2022).',
        },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, mofaOrder, nicJapanInForce],
      },
      {
        name: 'Iceland',
        iso3: 'ISL',
        isoNumeric: '352',
        instrument: 'ratification',
        deposit: { date: '2022-12-05' },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, uwnInForce],
      },
      {
        name: 'Andorra',
        iso3: 'AND',
        isoNumeric: '020',
        instrument: 'ratification',
        deposit: { date: '2022-12-05' },
        entryIntoForce: globalFirst20InForce,
        sources: [unescoFirst20, nicJapanInForce, uwnInForce],
      },
      {
        name: 'Australia',
        iso3: 'AUS',
        isoNumeric: '036',
        instrument: 'ratification',
        deposit: {
          date: null,
          note: 'Exact date not found: between about 23 Jan 2023 ("about to become the 21st") and 6 Feb 2023.',
        },
        entryIntoForce: { date: null, note: inForceUnknown },
        sources: [
          {
            url: 'https://apnnic.net/news/australia-ratifies-the-global-convention-on-the-recognition-of-qualifications-concerning-higher-education/',
            note: 'APNNIC/UNESCO, 6 Feb 2023: Australia deposited its instrument of ratification (S11)',
          },
          {
            url: 'https://www.afr.com/politics/federal/australia-to-sign-global-education-treaty-20230123-p5ceur',
            note: 'AFR, 23 Jan 2023: Australia about to become the 21st State (S12)',
          },
          mofaOrder,
        ],
      },
      {
        name: 'Senegal',
        iso3: 'SEN',
        isoNumeric: '686',
        instrument: 'ratification',
        deposit: {
          date: null,
          note: 'Exact date not found: before 7 Mar 2024, when Senegal was called the latest of the first 28 States.',
        },
        entryIntoForce: { date: null, note: inForceUnknown },
        sources: [
          {
            url: 'https://brunner.cl/2024/03/convenios-regionales-global-de-reconocimiento-de-titulos/',
            note: 'University World News repost, Mar 2024: "Senegal being the latest country to sign up" (S18)',
          },
          {
            url: 'https://senemgroup.com/?p=14098',
            note: 'National Assembly adopts bill 16/2023 authorising ratification (S19)',
          },
        ],
      },
      {
        name: 'Finland',
        iso3: 'FIN',
        isoNumeric: '246',
        instrument: null,
        deposit: {
          date: null,
          note: 'Exact date not found: government bill Nov 2022; named among the 38 Parties in 2025.',
        },
        entryIntoForce: { date: null, note: inForceUnknown },
        sources: [
          builaParties,
          {
            url: 'https://www.parliament.fi/SV/vaski/HallituksenEsitys/Sidor/RP_258+2022.aspx',
            note: 'Government bill RP 258/2022 to approve the Convention (S24)',
          },
        ],
      },
      {
        name: 'Ecuador',
        iso3: 'ECU',
        isoNumeric: '218',
        instrument: null,
        deposit: {
          date: null,
          note: 'Exact date not found: ratified in 2024, before UNESCO counted 33 Parties.',
        },
        entryIntoForce: { date: null, note: inForceUnknown },
        sources: [aacrao33],
      },
      {
        name: 'New Zealand',
        iso3: 'NZL',
        isoNumeric: '554',
        instrument: 'ratification',
        deposit: { date: '2024-09-17' },
        entryIntoForce: { date: '2024-12-17' },
        sources: [
          {
            url: 'https://ebs.publicnow.com/view/58DB39006DC890F20237D3DEBBDEE8E346FD9602',
            note: 'UNESCO depositary news release, 25 Sep 2024: deposit 17 Sep 2024, in force 17 Dec 2024',
          },
          nicJapanTimeline,
          aacrao33,
        ],
      },
      {
        name: 'South Africa',
        iso3: 'ZAF',
        isoNumeric: '710',
        instrument: 'ratification',
        deposit: { date: '2024-09-18' },
        entryIntoForce: { date: '2024-12-18' },
        sources: [nicJapanTimeline, aacrao33, builaParties],
      },
      {
        name: 'Mongolia',
        iso3: 'MNG',
        isoNumeric: '496',
        instrument: 'ratification',
        deposit: { date: '2024-11-05' },
        entryIntoForce: { date: '2025-02-05' },
        sources: [nicJapanTimeline],
      },
      {
        name: 'Republic of Korea',
        iso3: 'KOR',
        isoNumeric: '410',
        instrument: 'ratification',
        deposit: {
          date: '2025-04-14',
          basis: 'inferred',
          note: 'Three months before its entry into force on 14 Jul 2025 (Art. XVIII.2).',
        },
        entryIntoForce: { date: '2025-07-14' },
        sources: [
          {
            url: 'https://www.karic.kr/cop/bbs/selectBoardArticle.do?bbsId=BBSMSTR_000000000361&nttId=1428',
            note: 'KARIC on the 2nd session, Jun 2025: 38 Parties including Korea; effective 14 Jul 2025',
          },
          {
            url: 'https://www.etoday.co.kr/news/view/2449555',
            note: 'Cabinet approved ratification on 4 Mar 2025',
          },
        ],
      },
      {
        name: 'Georgia',
        iso3: 'GEO',
        isoNumeric: '268',
        instrument: null,
        deposit: {
          date: '2024-06-11',
          basis: 'inferred',
          note: 'Three months before its entry into force on 11 Sep 2024 (Art. XVIII.2).',
        },
        entryIntoForce: { date: '2024-09-11' },
        sources: [
          {
            url: 'https://matsne.gov.ge/ka/document/view/6212762',
            note: "Georgia's legal register: the Convention, document no. 14-30",
          },
          {
            url: 'https://eqe.ge/index.php/en/page/static/1108/globaluri-konvencia',
            note: 'NCEQE: Georgia has joined the Global Convention',
          },
        ],
      },
    ],
  },
  tokyo: {
    asOf: '2025-08-28',
    parties: [
      {
        name: 'Australia',
        iso3: 'AUS',
        isoNumeric: '036',
        instrument: 'ratification',
        deposit: { date: '2014-07-17' },
        entryIntoForce: tokyoFirst5InForce,
        sources: [nicJapanTokyo, mofaTokyo],
      },
      {
        name: 'China',
        iso3: 'CHN',
        isoNumeric: '156',
        instrument: 'approval',
        deposit: { date: '2014-07-17' },
        entryIntoForce: tokyoFirst5InForce,
        sources: [nicJapanTokyo, mofaTokyo],
      },
      {
        name: 'New Zealand',
        iso3: 'NZL',
        isoNumeric: '554',
        instrument: 'accession',
        deposit: {
          date: null,
          note: 'Sources disagree: NIC-Japan gives 1 Aug 2017, but UNESCO Bangkok reported the accession, as the 3rd State, in Feb 2016.',
        },
        entryIntoForce: tokyoFirst5InForce,
        sources: [
          nicJapanTokyo,
          {
            url: 'http://cssp-jnu.blogspot.com/2016/02/apeidhighereducationbgk-new-zealand.html?m=1',
            note: 'UNESCO Bangkok, Feb 2016 (repost): New Zealand accedes, the third State (T5)',
          },
          mofaTokyo,
        ],
      },
      {
        name: 'Japan',
        iso3: 'JPN',
        isoNumeric: '392',
        instrument: 'accession',
        deposit: { date: '2017-12-06' },
        entryIntoForce: tokyoFirst5InForce,
        sources: [mofaTokyo, nicJapanTokyo],
      },
      {
        name: 'Republic of Korea',
        iso3: 'KOR',
        isoNumeric: '410',
        instrument: 'ratification',
        deposit: { date: '2017-12-19' },
        entryIntoForce: tokyoFirst5InForce,
        sources: [
          {
            url: 'https://karic.kr/cop/bbs/selectBoardArticle.do?nttId=1031&bbsId=BBSMSTR_000000000361',
            note: 'UNESCO depositary notification (reposted by KARIC): ratification deposited 19 Dec 2017 (T2)',
          },
          nicJapanTokyo,
        ],
      },
      {
        name: 'Holy See',
        iso3: 'VAT',
        isoNumeric: '336',
        instrument: 'ratification',
        deposit: { date: '2018-07-18' },
        entryIntoForce: {
          date: '2018-09-01',
          basis: 'inferred',
          note: 'First day of the month after one month from its deposit (Art. X.2).',
        },
        sources: [nicJapanTokyo, tokyoCommittee2019, holySee],
      },
      {
        name: 'Mongolia',
        iso3: 'MNG',
        isoNumeric: '496',
        instrument: null,
        deposit: {
          date: '2019-03',
          basis: 'inferred',
          note: 'In force 1 May 2019, so deposited in March 2019 (Art. X.2).',
        },
        entryIntoForce: { date: '2019-05-01' },
        sources: [
          {
            url: 'https://montsame.mn/en/read/186582',
            note: 'Montsame, 17 Apr 2019: in force for Mongolia from 1 May 2019 (T7)',
          },
          nicJapanTokyo,
        ],
      },
      {
        name: 'Türkiye',
        iso3: 'TUR',
        isoNumeric: '792',
        instrument: null,
        deposit: {
          date: null,
          note: 'Exact date not found: after Mongolia (Mar 2019) and by 1 Aug 2019, when there were 8 Parties.',
        },
        entryIntoForce: {
          date: null,
          note: 'Follows from the deposit date (Art. X.2), which is not confirmed.',
        },
        sources: [nicJapanTokyo, tokyoCommittee2019],
      },
      {
        name: 'Fiji',
        iso3: 'FJI',
        isoNumeric: '242',
        instrument: 'ratification',
        deposit: {
          date: null,
          note: 'Exact date not found: ratified in 2020, before the Russian Federation (the 10th State).',
        },
        entryIntoForce: {
          date: null,
          note: 'Follows from the deposit date (Art. X.2), which is not confirmed.',
        },
        sources: [
          {
            url: 'https://www.fbcnews.com.fj/news/fiji-first-regional-country-to-ratify-the-asia-regional-convention/',
            note: 'FBC News, 2020: Fiji the first Pacific country to ratify (T9)',
          },
          nicJapanTokyo,
        ],
      },
      {
        name: 'Russian Federation',
        iso3: 'RUS',
        isoNumeric: '643',
        instrument: null,
        deposit: {
          date: '2020-11',
          basis: 'inferred',
          note: 'In force 1 Jan 2021, so deposited in November 2020 (Art. X.2).',
        },
        entryIntoForce: { date: '2021-01-01' },
        sources: [nicJapanRussiaAfghanistan, nicJapanTokyo],
      },
      {
        name: 'Afghanistan',
        iso3: 'AFG',
        isoNumeric: '004',
        instrument: null,
        deposit: {
          date: '2020-12',
          basis: 'inferred',
          note: 'In force 1 Feb 2021, so deposited in December 2020 (Art. X.2).',
        },
        entryIntoForce: { date: '2021-02-01' },
        sources: [
          {
            url: 'https://bangkok.unesco.org/index.php/content/afghanistan-ratifies-tokyo-convention-recognition',
            note: 'UNESCO Bangkok: on 1 Feb 2021 Afghanistan becomes the 11th State Party (T11)',
          },
          nicJapanRussiaAfghanistan,
          nicJapanTokyo,
        ],
      },
      {
        name: 'Armenia',
        iso3: 'ARM',
        isoNumeric: '051',
        instrument: null,
        deposit: {
          date: null,
          note: 'Exact date not found: the 12th State, after Feb 2021 and by 1 Jun 2023.',
        },
        entryIntoForce: {
          date: null,
          note: 'Follows from the deposit date (Art. X.2), which is not confirmed.',
        },
        sources: [
          nicJapanTokyo,
          {
            url: 'https://www.kt.kz/eng/society/kazakhstan_s_university_diplomas_to_gain_broader_1377986492.html',
            note: 'Kazinform, 16 Jan 2026: the 12 Parties by name (T12)',
          },
        ],
      },
    ],
  },
} as const satisfies StatesPartiesInput;

/**
 * How the map is framed: centred on the Pacific so that Asia and the Pacific are not split
 * (the map's edges fall in the Atlantic), and the region the last step zooms to. States
 * centred outside it (e.g. the Russian Federation, Türkiye) step back at that step.
 */
export const mapView = {
  centerLongitude: 150,
  focus: { label: 'Asia and the Pacific', west: 60, east: 185, south: -48, north: 55 },
  // Small or crowded States that matter to the region, named so that viewers can find them.
  labels: [
    { isoNumeric: '392', side: 'e' }, // Japan
    { isoNumeric: '410', side: 's', text: 'Rep. of Korea' },
    { isoNumeric: '554', side: 'w' }, // New Zealand
    { isoNumeric: '496', side: 'n' }, // Mongolia
    { isoNumeric: '051', side: 'w' }, // Armenia
    { isoNumeric: '242', side: 'e' }, // Fiji
  ],
} as const satisfies MapViewInput;
