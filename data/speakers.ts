import { announcement } from './sources.ts';
import type { SpeakerInput } from './types.ts';

const fromAnnouncement = `Name, role and organisation: ${announcement.url}.`;

/** Everyone on the programme, as announced. Zones are our best evidence, given with each. */
export const speakers = [
  {
    id: 'marina-patrier',
    honorific: 'Ms.',
    name: 'Marina Patrier',
    role: 'Deputy Regional Director and Chief of Education Section',
    organisation:
      'UNESCO Regional Office in Bangkok and Office for UN Coordination for Asia and the Pacific (UNESCO Bangkok) and Secretariat of the Tokyo Convention',
    country: 'Thailand',
    timeZone: 'Asia/Bangkok',
    timeZoneLabel: 'Bangkok',
    timeZoneEvidence: `${fromAnnouncement} She is Deputy Regional Director of the UNESCO office in Bangkok, the host office.`,
  },
  {
    id: 'leila-loupis',
    honorific: 'Ms.',
    name: 'Leila Loupis',
    role: 'Programme Specialist, Section for Higher Education',
    organisation: 'UNESCO',
    country: 'France',
    timeZone: 'Europe/Paris',
    timeZoneLabel: 'Paris',
    timeZoneEvidence: `${fromAnnouncement} UNESCO's Section for Higher Education is at UNESCO Headquarters, 7 place de Fontenoy, Paris.`,
  },
  {
    id: 'nadia-starr',
    honorific: 'Ms.',
    name: 'Nadia Starr',
    role: 'Chief Executive Officer',
    organisation: 'South African Qualifications Authority (SAQA)',
    country: 'South Africa',
    timeZone: 'Africa/Johannesburg',
    timeZoneLabel: 'Pretoria',
    timeZoneEvidence: `${fromAnnouncement} SAQA is South Africa's national qualifications authority, based in Pretoria (South African Standard Time, Africa/Johannesburg).`,
  },
  {
    id: 'joanna-wilson',
    honorific: 'Ms.',
    name: 'Joanna Wilson',
    role: 'Director, Qualifications Recognition',
    organisation: 'Australian Government Department of Education',
    country: 'Australia',
    timeZone: 'Australia/Sydney',
    timeZoneLabel: 'Canberra',
    timeZoneEvidence: `${fromAnnouncement} The Australian Government Department of Education has its national office in Canberra, which keeps Australia/Sydney time.`,
  },
] as const satisfies readonly SpeakerInput[];
