/**
 * The bench's floor: reveal.js 6 with its notes plugin and the serif theme (the theme the
 * deck restyles), on reveal's defaults and nothing else. Kept outside src/ on purpose: it
 * is what the deck is measured against, not part of it.
 */
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('[bench] baseline index.html has no .reveal element.');
void new Reveal(root, { plugins: [Notes] }).initialize();
