import { announcement } from './sources.ts';
import type { ContentInput } from './types.ts';

/** Objectives, why attend, and what participants gain, as announced. */
export const content = {
  objectives: [
    'Identify and explore key issues and challenges relating to qualifications recognition and the UNESCO recognition conventions.',
    'Raise awareness and understanding of the UNESCO regional recognition conventions, namely the Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education (Tokyo Convention), and the Global Convention.',
    'Raise awareness and understanding of the role of national information centres (NICs) and NIC networks, including the Asia Pacific Network of National Information Centres (APNNIC).',
    'Address common misconceptions about the UNESCO recognition conventions, their provisions, how they operate in practice, and how they are implemented.',
    'Share reflections from countries around the world and discuss the strategic and practical benefits of ratification and implementation of the conventions in practice.',
  ],
  // Our short wording of each objective above, for the slide; the full text is in the handout.
  objectiveHeadlines: [
    'Key issues and challenges in qualifications recognition',
    'The Tokyo Convention and the Global Convention',
    'National information centres and their networks, such as APNNIC',
    'Common misconceptions about the conventions',
    'Benefits of ratifying and implementing them, from countries’ experience',
  ],
  whyAttend:
    'This session will highlight how countries are leveraging these frameworks to enhance academic mobility, foster cross-border collaboration, and strengthen qualifications recognition systems. It will also showcase practical examples from national and regional contexts, clarifying how ratification and implementation can support more inclusive, transparent, and equitable higher education.',
  // Our short wording of whyAttend, for the slide; the full text is in the handout.
  whyAttendHeadline:
    'How countries use these frameworks for academic mobility, cross-border collaboration and stronger recognition systems, with practical examples of how ratification and implementation make higher education more inclusive, transparent and equitable.',
  gains: [
    'Insights into how global and regional recognition frameworks can be applied to strengthen education systems',
    'Lessons from successful country experiences and regional cooperation',
    'A deeper understanding of the strategic and practical benefits of ratifying and implementing the conventions',
    'Opportunities to engage with experts and peers on overcoming common challenges in qualifications recognition',
  ],
  sources: [announcement],
} as const satisfies ContentInput;
