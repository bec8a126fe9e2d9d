// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../data/index.ts';
import { buildDeck } from '../../../src/deck/buildDeck.ts';
import { renderUnbrokenHyphens } from '../../../src/deck/layouts/people.ts';
import { loadSlideDocs } from '../../../src/build/loadSlides.ts';
import { formatTime } from '../../../src/time/format.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';

const model = loadModel();
const schedule = buildSchedule(model);
const slides = loadSlideDocs(model, { dir: 'slides' });
const sections = buildDeck(model, schedule, slides, { viewerZone: 'Asia/Bangkok' });
// Text nodes joined with spaces, as a reader sees them (jsdom has no innerText).
const visibleText = (): string => {
  const parts: string[] = [];
  for (const section of sections) {
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('aside.notes')) parts.push(node.textContent ?? '');
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
};
const text = visibleText();
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('the deck carries every fact of the announcement', () => {
  it('every segment with its Bangkok times and title', () => {
    for (const item of model.agenda) {
      const range = `${formatTime(item.interval.start!, 'Asia/Bangkok')}–${formatTime(item.interval.end!, 'Asia/Bangkok')}`;
      expect(text).toContain(range);
      expect(text).toContain(squash(item.title));
      expect(text).toContain(squash(item.label));
    }
  });

  it('every speaker with name, role and organisation, and the moderator', () => {
    for (const speaker of model.speakers) {
      expect(text).toContain(speaker.name);
      expect(text).toContain(squash(speaker.role));
      expect(text).toContain(squash(speaker.organisation));
    }
    expect(text).toContain('Moderator: Ms. Joanna Wilson');
  });

  it('the conventions with their years and stated counts', () => {
    for (const c of model.conventions) {
      expect(text).toContain(c.shortName);
      expect(text).toContain(String(c.adoptedYear));
      if (c.inForceYear) expect(text).toContain(String(c.inForceYear));
      if (c.statedParties) expect(text).toMatch(new RegExp(`\\b${c.statedParties}\\b`));
    }
  });

  it('all objectives, why attend and the four gains', () => {
    for (const o of model.content.objectives) expect(text).toContain(squash(o));
    expect(text).toContain(squash(model.content.whyAttend));
    expect(model.content.gains).toHaveLength(4);
    for (const g of model.content.gains) expect(text).toContain(squash(g));
  });

  it('the series with its dates and the meetings it leads to', () => {
    expect(text).toContain('September 2025');
    expect(text).toContain('October 2025');
    // This session's own entry is the title slide; the later ones are what comes next.
    for (const e of model.series.entries.slice(1)) expect(text).toContain(squash(e.title));
  });

  it('the event: title, date, format, language, hosts', () => {
    expect(text).toContain(model.event.title);
    expect(text).toContain('Thursday 28 August 2025');
    expect(text).toContain('Zoom webinar');
    expect(text).toContain('English');
    expect(text).toContain('UNESCO Bangkok');
    expect(text).toContain('Bureau of the Tokyo Convention');
  });
});

/**
 * What the audience sees projected: the slides' text without the speaker notes and without
 * what the projected slide hides for the handout and the scroll view (the objectives and the
 * "why attend" paragraph in full).
 */
const projectedText = ((): string => {
  const parts: string[] = [];
  for (const section of sections) {
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('aside.notes, .objective-full')) {
        parts.push(node.textContent ?? '');
      }
    }
  }
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;])/g, '$1');
})();

/**
 * The announcement (/work/shared/brief/event-announcement.txt), sentence by sentence: each
 * fact as the short phrases that must be on a projected slide. This table is the audit: a
 * fact that drops off the slides fails here. [sentence of the announcement, phrases]
 */
const ANNOUNCEMENT_FACTS: readonly (readonly [string, readonly string[]])[] = [
  [
    'Headline: frameworks strengthen collaboration and recognition',
    ['collaboration', 'qualifications recognition'],
  ],
  ['Date and time, Bangkok', ['Thursday 28 August 2025', '11:00–12:30 Bangkok']],
  ['Format', ['Zoom webinar']],
  [
    'Target audience',
    ['policymakers and higher education stakeholders based in Asia and the Pacific'],
  ],
  ['Languages', ['English']],
  ['Hosts', ['UNESCO Bangkok', 'In cooperation with', 'Bureau of the Tokyo Convention']],
  [
    'First session of a new Asia-Pacific series',
    ['first webinar in a new Asia-Pacific series', 'Session 1'],
  ],
  [
    'Benefits of both conventions, by full title',
    [
      'Global Convention on the Recognition of Qualifications concerning Higher Education',
      'Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education',
    ],
  ],
  [
    'Global uncertainty: robust frameworks',
    ['global uncertainty and transformation', 'robust frameworks'],
  ],
  [
    '…enabling mobility, collaboration, national development goals',
    ['academic mobility', 'Collaboration', 'National development goals'],
  ],
  [
    'SDG 4: education at all levels, innovation, equity',
    ['SDG 4', 'education at all levels', 'innovation, equity and sustainable development'],
  ],
  ['Global Convention in force 2023, 38 States Parties', ['2023', '38']],
  ['First UN treaty on higher education', ['first UN treaty on higher education']],
  ['Complements five regional conventions', ['five regional conventions']],
  ['Tokyo Convention in force 2018, 12 States Parties', ['2018', '12']],
  [
    'Shared principles, transparency, cooperation',
    ['shared principles, transparency and cooperation'],
  ],
  [
    'Tokyo Convention: lifelong learning, skills, employment',
    [
      'recognise qualifications more effectively',
      'lifelong learning, skills development and employment',
    ],
  ],
  [
    'Series aims: cooperation, understanding of both conventions',
    [
      'cooperation on qualifications recognition',
      'Tokyo Convention and the Global Convention in the region',
    ],
  ],
  [
    'Series brings policymakers together',
    ['policymakers', 'national systems can better support recognition'],
  ],
  ['Two webinars in September and October', ['September 2025', 'October 2025']],
  [
    'Leading up to the Tokyo Convention Committee and the APNNIC Plenary',
    [
      'Sixth session of the Tokyo Convention Committee',
      'Fourth session of the Asia-Pacific Network of National Information Centres (APNNIC) Plenary',
    ],
  ],
  [
    'Interactive: participants give insights and ask questions',
    ['questions', 'insights', 'Q&A box'],
  ],
  [
    'Objective 1: key issues and challenges',
    ['Key issues and challenges in qualifications recognition'],
  ],
  [
    'Objective 2: the Tokyo and Global Conventions',
    ['The Tokyo Convention and the Global Convention'],
  ],
  ['Objective 3: NICs and APNNIC', ['National information centres', 'APNNIC']],
  ['Objective 4: misconceptions', ['misconceptions']],
  [
    'Objective 5: benefits of ratification and implementation',
    ['Benefits of ratifying and implementing'],
  ],
  [
    'Why attend: mobility, collaboration, recognition systems, examples',
    [
      'cross-border collaboration',
      'stronger recognition systems',
      'inclusive, transparent and equitable',
    ],
  ],
  [
    'Participants will gain (four points)',
    [
      'Insights into how global and regional recognition frameworks',
      'Lessons from successful country experiences',
      'strategic and practical benefits',
      'Opportunities to engage with experts and peers',
    ],
  ],
  [
    'Programme: every segment and speaker',
    [
      'Opening and introduction',
      'Update on implementation of the Global Convention on Higher Education',
      'Interactive panel discussion with Q&A from audience',
      'Wrap up',
      'Moderator: Ms. Joanna Wilson',
    ],
  ],
];

describe('every fact of the announcement is on a projected slide (not only in the notes)', () => {
  it.each(ANNOUNCEMENT_FACTS)('%s', (_sentence, phrases) => {
    for (const phrase of phrases) {
      expect(projectedText.toLowerCase(), phrase).toContain(phrase.toLowerCase());
    }
  });

  it('a fact only in the notes does not count', () => {
    expect(projectedText).not.toContain('Read questions aloud before answering');
    expect(projectedText).not.toContain(squash(model.content.whyAttend));
  });
});

describe('the deck says each thing once', () => {
  const projectedOf = (section: HTMLElement): string => {
    const copy = section.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('aside.notes, .objective-full').forEach((el) => el.remove());
    return copy.textContent.replace(/\s+/g, ' ');
  };

  it('what comes next (the later sessions and meetings) is on one slide only', () => {
    for (const entry of model.series.entries.slice(1)) {
      const on = sections.filter((s) => projectedOf(s).includes(squash(entry.title)));
      expect(
        on.map((s) => s.id),
        entry.id,
      ).toEqual(['closing']);
    }
  });

  it('no two slides share a heading, and no heading repeats the segment title before it', () => {
    // The holding slide shows the title while people join; the title slide replaces it.
    const headings = sections
      .filter((s) => s.id !== 'holding')
      .flatMap((s) => [...s.querySelectorAll('h1, h2')].map((h) => squash(h.textContent)));
    expect(headings.length).toBeGreaterThan(10);
    const prefixes = headings.map((h) => h.split(' ').slice(0, 3).join(' '));
    expect(prefixes.filter((p, i) => prefixes.indexOf(p) !== i)).toEqual([]);
  });
});

describe('buildDeck structure', () => {
  it('gives every segment exactly one opening slide', () => {
    for (const item of model.agenda) {
      const openings = sections.filter(
        (s) => s.dataset.segment === item.id && s.dataset.layout === 'segment',
      );
      expect(openings).toHaveLength(1);
    }
  });

  it("sums each segment's data-timing to its scheduled length", () => {
    for (const segment of schedule.segments) {
      const total = sections
        .filter((s) => s.dataset.segment === segment.id)
        .reduce((sum, s) => sum + Number(s.dataset.timing), 0);
      expect(total).toBe(segment.duration.as('seconds'));
    }
  });

  it('opens the notes of timed slides with the timing header and hand-over cue', () => {
    const overview = sections.find((s) => s.id === 'overview')!;
    const header = overview.querySelector('aside.notes [data-testid="notes.timing"]');
    expect(header?.textContent).toContain('11:10–11:15 Bangkok');
    expect(header?.textContent).toContain('11:15 hand over to Ms. Joanna Wilson, moderator');
  });

  it('leaves notes out when asked (the public build)', () => {
    const publicDeck = buildDeck(model, schedule, slides, {
      viewerZone: 'Asia/Bangkok',
      includeNotes: false,
    });
    expect(publicDeck.some((s) => s.querySelector('aside.notes'))).toBe(false);
  });

  it('shows the viewer zone beside Bangkok time, on the right day', () => {
    const la = buildDeck(model, schedule, slides, { viewerZone: 'America/Los_Angeles' });
    const title = la.find((s) => s.id === 'title')!;
    expect(title.querySelector('[data-testid="deck.viewer-time"]')?.textContent).toBe(
      '21:00–22:30 Wed 27 Aug your time (Los Angeles)',
    );
  });

  it('pairs every Bangkok time on every slide with the viewer’s, dated', () => {
    const la = buildDeck(model, schedule, slides, { viewerZone: 'America/Los_Angeles' });
    for (const section of la) {
      const bangkok = section.querySelectorAll('[data-testid="deck.event-time"]');
      const local = [...section.querySelectorAll('[data-testid="deck.viewer-time"]')];
      expect(local.length, section.id).toBe(bangkok.length);
      for (const time of local) expect(time.textContent, section.id).toContain('Wed 27 Aug');
    }
    const inBangkok = buildDeck(model, schedule, slides, { viewerZone: 'Asia/Bangkok' });
    expect(inBangkok.some((s) => s.querySelector('[data-testid="deck.viewer-time"]'))).toBe(false);
  });

  it('links the title and closing slides to the other view', () => {
    const hrefs = (view: 'slides' | 'scroll'): [string, string | null][] =>
      buildDeck(model, schedule, slides, { viewerZone: 'Asia/Bangkok', view }).flatMap((s) =>
        [...s.querySelectorAll('[data-testid="deck.view-switch"]')].map(
          (a): [string, string | null] => [s.id, a.getAttribute('href')],
        ),
      );
    expect(hrefs('slides')).toEqual([
      ['title', '?view=scroll'],
      ['closing', '?view=scroll'],
    ]);
    expect(hrefs('scroll')).toEqual([
      ['title', '?'],
      ['closing', '?'],
    ]);
  });
});

describe('renderUnbrokenHyphens', () => {
  it('keeps hyphenated words whole and the rest as plain text', () => {
    const p = document.createElement('p');
    p.append(
      ...(renderUnbrokenHyphens('mobility in Asia-Pacific? And re-use') as (Node | string)[]),
    );
    expect(p.textContent).toBe('mobility in Asia-Pacific? And re-use');
    expect([...p.querySelectorAll('span.nowrap')].map((s) => s.textContent)).toEqual([
      'Asia-Pacific?',
      're-use',
    ]);
  });
});
