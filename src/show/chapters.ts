/**
 * Recording chapters from the show's slide changes (or, without any, the segments' starts):
 * each slide the deck showed becomes a chapter at its time from the recording's start, so
 * that the recording can be published with chapters (WebVTT for players, a plain list for
 * video descriptions).
 */
import type { ShowRecord } from './showLog.ts';

/** One chapter: whole seconds from the recording's start, and its title. */
export interface Chapter {
  readonly startSeconds: number;
  /** Where it ends: the next chapter's start, or the end of the show (or of the last slide). */
  readonly endSeconds: number;
  readonly title: string;
}

/**
 * The recording's start: the one the host set, else the show's first recorded start, else
 * the first slide change; `null` when none is known.
 */
export function getRecordingStart(record: ShowRecord): number | null {
  if (record.recordingStart !== null) return record.recordingStart;
  const starts = Object.values(record.starts);
  if (starts.length > 0) return Math.min(...starts);
  return record.slides[0]?.at ?? null;
}

/** Options for `buildChapters`. */
export interface ChapterOptions {
  /** A slide shown for less than this is no chapter (a host paging through). @defaultValue 5 */
  readonly minSeconds?: number;
  /**
   * The segment a slide belongs to: slides with one title in two segments (the deck jumping
   * from one to the next) are two chapters, never merged. @defaultValue none
   */
  readonly segmentOf?: (slideId: string) => string | null;
  /**
   * A segment's title, for chapters from the segments' starts when no slide change was
   * recorded. @defaultValue none: no chapters without slide changes
   */
  readonly segmentTitleOf?: (segmentId: string) => string;
  /**
   * When the recording ends if the show's end is not recorded (its planned end), so that
   * the last chapter does not end where it starts. @defaultValue the last mark
   */
  readonly fallbackEndMs?: number;
}

/** Where a chapter may open: an instant, its title, and what it must differ from to open one. */
interface Mark {
  readonly at: number;
  readonly title: string;
  readonly key: string;
}

/** The marks of the slides the deck showed; shown in passing or before the start, none. */
function slideMarks(
  record: ShowRecord,
  origin: number,
  titleOf: (slideId: string) => string,
  options: ChapterOptions,
): Mark[] {
  const minSeconds = options.minSeconds ?? 5;
  const marks: Mark[] = [];
  for (const [i, slide] of record.slides.entries()) {
    const nextAt = record.slides[i + 1]?.at;
    // A slide replaced before the recording started, or shown only in passing, is no chapter.
    if (nextAt !== undefined && nextAt <= origin) continue;
    if (nextAt !== undefined && Math.floor((nextAt - slide.at) / 1000) < minSeconds) continue;
    const title = titleOf(slide.slideId);
    marks.push({
      at: slide.at,
      title,
      key: `${options.segmentOf?.(slide.slideId) ?? ''}\n${title}`,
    });
  }
  return marks;
}

/** The marks of the segments' recorded starts, in time order. */
function startMarks(record: ShowRecord, titleOf: (segmentId: string) => string): Mark[] {
  return Object.entries(record.starts)
    .sort(([, a], [, b]) => a - b)
    .map(([id, at]) => ({ at, title: titleOf(id), key: id }));
}

/**
 * The chapters of the recording: from the slide changes when the deck recorded some (titled
 * by what was on screen), else from the segments' starts. A slide shown before the recording
 * started opens it at 0:00 (the last one before the start); a slide shown again in a row
 * does not open a new chapter, nor does one shown for under `minSeconds`. The last chapter
 * ends when the show ended (else at `fallbackEndMs`); a mark at or after that end (the
 * closing slide the deck moved to as the show ended) opens none, so no chapter is empty.
 */
export function buildChapters(
  record: ShowRecord,
  titleOf: (slideId: string) => string,
  options: ChapterOptions = {},
): Chapter[] {
  const origin = getRecordingStart(record);
  if (origin === null) return [];
  const source =
    record.slides.length > 0
      ? slideMarks(record, origin, titleOf, options)
      : options.segmentTitleOf
        ? startMarks(record, options.segmentTitleOf)
        : [];
  const lastAt = source.at(-1)?.at ?? origin;
  const endMs = record.end ?? Math.max(options.fallbackEndMs ?? lastAt, lastAt);
  const endSeconds = Math.max(0, Math.floor((endMs - origin) / 1000));
  const marks: { seconds: number; title: string; key: string }[] = [];
  for (const mark of source) {
    const seconds = Math.max(0, Math.floor((mark.at - origin) / 1000));
    if (seconds >= endSeconds && marks.length > 0) break;
    const last = marks.at(-1);
    if (last?.key === mark.key) continue;
    if (last?.seconds === seconds) marks.pop();
    marks.push({ seconds, title: mark.title, key: mark.key });
  }
  // Players and video sites want the first chapter at 0:00: the first slide's chapter
  // takes in whatever was recorded before it.
  const first = marks[0];
  if (first) first.seconds = 0;
  return marks.map((mark, i) => ({
    startSeconds: mark.seconds,
    endSeconds: Math.max(mark.seconds, marks[i + 1]?.seconds ?? endSeconds),
    title: mark.title,
  }));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Whole seconds as a WebVTT timestamp.
 * @example formatVttTime(3725) // "01:02:05.000"
 */
export function formatVttTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${pad(h)}:${pad(m)}:${pad(seconds % 60)}.000`;
}

/**
 * Whole seconds as a chapter list time, hours only when needed.
 * @example formatChapterTime(65) // "1:05"
 * @example formatChapterTime(3725) // "1:02:05"
 */
export function formatChapterTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The chapters as a WebVTT file (`kind="chapters"` track). */
export function formatWebVtt(chapters: readonly Chapter[]): string {
  const cues = chapters.map(
    (c, i) =>
      `${i + 1}\n${formatVttTime(c.startSeconds)} --> ${formatVttTime(c.endSeconds)}\n${c.title.replace(/-->/g, '→').replace(/\n+/g, ' ')}`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/**
 * The chapters as a plain list, one a line, as video sites read them from a description.
 * @example formatChapterList([{ startSeconds: 0, endSeconds: 60, title: 'Opening' }]) // "0:00 Opening\n"
 */
export function formatChapterList(chapters: readonly Chapter[]): string {
  return chapters.map((c) => `${formatChapterTime(c.startSeconds)} ${c.title}\n`).join('');
}
