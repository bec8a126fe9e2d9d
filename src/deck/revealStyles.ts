/**
 * reveal.js's own stylesheets, in the order the deck's styles build on: its reset, its
 * layout, and the serif theme that deck.css restyles through its variables. Here because
 * reveal.js belongs to src/deck; the deck page imports this before deck.css.
 */
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
