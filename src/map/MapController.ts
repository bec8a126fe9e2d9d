/**
 * The map's interaction: a tooltip on pointing at a Party, a highlight outline, and an
 * explicit explore mode for the keyboard.
 *
 * Pointing at or clicking a State shows its tooltip and takes nothing from the deck: no
 * State takes focus, so →, ←, PageDown, PageUp, Space and a clicker still change slides.
 * The "Explore States" button (visible on the slide) enters explore mode, which says so on
 * the map: the Parties become one roving tab stop, the arrow keys, Home, End, Tab and
 * Shift+Tab move between them in alphabetical order, and Escape (or the button again, or
 * leaving the slide) leaves the mode. PageUp, PageDown and Space still change slides there.
 */
import type { PartyState } from '../../data/types.ts';
import { ControllerBase } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import { renderPartyTooltip } from './renderPartyTooltip.ts';

/** Options for `MapController`. */
export interface MapControllerOptions {
  /** The States drawn, by ISO numeric code. */
  readonly states: ReadonlyMap<string, PartyState>;
  /** Convention ids in the order the map colours them. */
  readonly conventions: readonly string[];
  /** The button that enters and leaves explore mode; `null` for none. */
  readonly explore: HTMLButtonElement | null;
}

/** Controls one drawn map: its root holds the SVG and the tooltip element. */
export class MapController extends ControllerBase {
  private readonly items: SVGGraphicsElement[];
  private readonly tooltip: HTMLElement;
  private highlight: SVGElement | null = null;
  private shownFor: SVGGraphicsElement | null = null;
  private exploring = false;
  private readonly hint: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: MapControllerOptions,
  ) {
    super();
    this.items = [...root.querySelectorAll<SVGGraphicsElement>('.map-party')].sort(
      (a, b) => Number(a.dataset.order) - Number(b.dataset.order),
    );
    const tooltip = root.querySelector<HTMLElement>('.map-tooltip');
    if (!tooltip) throw new Error('[map] the map root has no .map-tooltip element.');
    this.tooltip = tooltip;
    this.hint = h(
      'p',
      { class: 'map-explore-hint', 'data-testid': 'map.explore-hint', hidden: true },
      'Exploring States: ← → move, Esc leaves',
    );
    root.append(this.hint);
  }

  /** Whether explore mode is on. */
  get isExploring(): boolean {
    return this.exploring;
  }

  /** Nothing to build: the map's drawing code made the SVG and the tooltip. */
  render(): void {
    // mountMap drew the map.
  }

  /** Nothing to repaint by itself: the tooltip and explore mode follow the user. */
  update(): void {
    // Event-driven.
  }

  /** Shows the explore button and starts listening. */
  protected listen(signal: AbortSignal): void {
    const listen = (target: EventTarget, type: string, fn: EventListener): void =>
      target.addEventListener(type, fn, { signal });
    const { explore } = this.options;
    if (explore) {
      explore.hidden = false;
      explore.setAttribute('aria-pressed', 'false');
      listen(explore, 'click', () => this.setExploring(!this.exploring));
    }
    listen(this.root, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    listen(this.root, 'focusin', (e) => this.onFocusIn(e));
    listen(this.root, 'focusout', (e) => this.onFocusOut(e as FocusEvent));
    // A move or a press, not `pointerover`: the browser sends that by itself when what lies
    // under a resting pointer changes (a step zooms, the slide comes back), which would open
    // a tooltip that no one asked for. A touch presses.
    listen(this.root, 'pointermove', (e) => this.onPointer(e as PointerEvent));
    listen(this.root, 'pointerdown', (e) => this.onPointer(e as PointerEvent));
    listen(this.root, 'pointerleave', () => this.onPointerLeave());
  }

  /** When the slide is left: leaves explore mode, closes the tooltip, gives focus back. */
  setActive(active: boolean): void {
    if (active) return;
    this.setExploring(false);
    this.hide();
  }

  /**
   * Closes the tooltip and its outline, as on every slide or step change: the State it
   * named may have changed colour, or moved under the pointer with the zoom. The next
   * pointer move or focus shows it again.
   */
  closeTooltip(): void {
    this.hide();
  }

  /**
   * Enters explore mode (the first Party takes focus) or leaves it. Leaving gives focus back
   * to the page, so that Space changes slides rather than pressing the button again.
   */
  setExploring(on: boolean): void {
    if (on === this.exploring) return;
    this.exploring = on;
    this.root.dataset.exploring = on ? 'on' : 'off';
    this.hint.hidden = !on;
    this.options.explore?.setAttribute('aria-pressed', String(on));
    if (this.options.explore) {
      this.options.explore.textContent = on ? 'Stop exploring (Esc)' : 'Explore States';
    }
    if (on) {
      for (const [i, item] of this.items.entries())
        item.setAttribute('tabindex', i === 0 ? '0' : '-1');
      this.items[0]?.focus();
      return;
    }
    for (const item of this.items) item.removeAttribute('tabindex');
    this.hide();
    const focused = document.activeElement;
    const ours = focused && (this.root.contains(focused) || focused === this.options.explore);
    if (ours && (focused instanceof HTMLElement || focused instanceof SVGElement)) focused.blur();
  }

  /** After unbinding: closes the tooltip and its outline. */
  protected override clear(): void {
    this.hide();
  }

  private itemOf(target: EventTarget | null): SVGGraphicsElement | null {
    if (!(target instanceof Element)) return null;
    const item = target.closest<SVGGraphicsElement>('.map-party');
    return item && this.items.includes(item) ? item : null;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const item = this.itemOf(event.target);
    if (!this.exploring || !item || event.altKey || event.ctrlKey || event.metaKey) return;
    const i = this.items.indexOf(item);
    const last = this.items.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(i + 1, last);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(i - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Tab':
        next = event.shiftKey ? i - 1 : i + 1;
        // Past either end, the browser moves focus out of the map.
        if (next < 0 || next > last) return;
        break;
      case 'Escape':
        // Escape leaves the mode; it does not reach reveal.js (whose Escape is the overview).
        this.setExploring(false);
        event.preventDefault();
        event.stopPropagation();
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    this.items[next]?.focus();
  }

  private onFocusIn(event: Event): void {
    const item = this.itemOf(event.target);
    if (!item) return;
    for (const other of this.items) other.setAttribute('tabindex', other === item ? '0' : '-1');
    this.show(item, null);
  }

  private onFocusOut(event: FocusEvent): void {
    if (this.itemOf(event.relatedTarget)) return;
    this.hide();
    // Tab past the last State (or Shift+Tab before the first) leaves the mode too.
    if (event.relatedTarget !== this.options.explore) this.setExploring(false);
  }

  private onPointer(event: PointerEvent): void {
    const item = this.itemOf(event.target);
    if (item) this.show(item, event);
    else this.onPointerLeave();
  }

  private onPointerLeave(): void {
    const focused = this.itemOf(document.activeElement);
    if (focused) this.show(focused, null);
    else this.hide();
  }

  /** Shows the tooltip for `item`, at the pointer or, for focus, above the shape. */
  private show(item: SVGGraphicsElement, pointer: PointerEvent | null): void {
    const state = this.options.states.get(item.dataset.iso ?? '');
    if (!state) return;
    if (this.shownFor !== item) {
      this.tooltip.replaceChildren(renderPartyTooltip(state, this.options.conventions));
      this.tooltip.dataset.iso = state.isoNumeric;
      this.setHighlight(item);
      this.shownFor = item;
    }
    this.tooltip.hidden = false;
    this.place(item, pointer);
  }

  private hide(): void {
    this.tooltip.hidden = true;
    this.shownFor = null;
    this.highlight?.remove();
    this.highlight = null;
  }

  /** Draws an outline over the item, above every other shape. */
  private setHighlight(item: SVGGraphicsElement): void {
    this.highlight?.remove();
    const outline = item.cloneNode(false) as SVGElement;
    for (const name of [
      'id',
      'tabindex',
      'role',
      'aria-label',
      'data-iso',
      'data-treaties',
      'data-testid',
      'data-order',
    ]) {
      outline.removeAttribute(name);
    }
    outline.setAttribute(
      'class',
      `map-highlight ${item.classList.contains('map-marker') ? 'map-marker' : ''}`,
    );
    outline.setAttribute('aria-hidden', 'true');
    item.closest('.map-zoom')?.append(outline);
    this.highlight = outline;
  }

  /**
   * Places the tooltip above the point, inside the root. Coordinates are converted from
   * the screen to the root's own pixels, because reveal.js scales the slide.
   */
  private place(item: SVGGraphicsElement, pointer: PointerEvent | null): void {
    const rootBox = this.root.getBoundingClientRect();
    const scale = rootBox.width / (this.root.offsetWidth || 1);
    let x: number;
    let y: number;
    if (pointer) {
      [x, y] = [pointer.clientX, pointer.clientY];
    } else {
      const box = item.getBoundingClientRect();
      [x, y] = [box.left + box.width / 2, box.top + Math.min(box.height / 2, 12)];
    }
    x = (x - rootBox.left) / scale;
    y = (y - rootBox.top) / scale;
    const tipWidth = this.tooltip.offsetWidth;
    const tipHeight = this.tooltip.offsetHeight;
    const gap = 14;
    const left = Math.min(Math.max(x - tipWidth / 2, 0), this.root.offsetWidth - tipWidth);
    const above = y - tipHeight - gap;
    const top = above >= 0 ? above : Math.min(y + gap, this.root.offsetHeight - tipHeight);
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${top}px`;
  }
}
