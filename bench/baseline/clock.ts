/**
 * The floor of a page that ticks: one text node changed as each second turns, woken the way
 * the project's pages are (a timeout to the next second's turn, see `startRepaintTimer`),
 * with the baseline deck's theme CSS and nothing else. Whatever a tick of this page costs,
 * the machine charges every page that shows seconds; the bench reports the run-of-show's
 * and the other pages' cost beyond it.
 */
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';

const time = document.getElementById('clock');
const text = time?.firstChild;
if (!time || !text) throw new Error('[bench] clock.html has no #clock text.');
const clockText: Node = text;

const two = (n: number): string => String(n).padStart(2, '0');

function tick(): void {
  const now = new Date();
  clockText.nodeValue = `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
  setTimeout(tick, 1000 - (Date.now() % 1000));
}
tick();
