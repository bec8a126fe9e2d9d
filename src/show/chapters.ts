/**
 * Recording chapters from the show's slide changes: each slide the deck showed becomes a
 * chapter at its time from the recording's start, so that the recording can be published
 * with chapters (WebVTT for players, a plain list for video descriptions).
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

/**
 * The chapters of the recording. A slide shown before the recording started opens it at
 * 0:00 (the last one before the start); a slide shown again in a row does not open a new
 * chapter, nor does one shown for under `minSeconds` (a host paging through).
 */
export function buildChapters(
  record: ShowRecord,
  titleOf: (slideId: string) => string,
  options: { readonly minSeconds?: number } = {},
): Chapter[] {
  const origin = getRecordingStart(record);
  if (origin === null) return [];
  const minSeconds = options.minSeconds ?? 5;
  const endMs = record.end ?? record.slides.at(-1)?.at ?? origin;
  const endSeconds = Math.max(0, Math.floor((endMs - origin) / 1000));
  const marks: { seconds: number; title: string }[] = [];
  for (const [i, slide] of record.slides.entries()) {
    const seconds = Math.max(0, Math.floor((slide.at - origin) / 1000));
    const nextAt = record.slides[i + 1]?.at;
    // A slide replaced before the recording started, or shown only in passing, is no chapter.
    if (nextAt !== undefined && nextAt <= origin) continue;
    if (nextAt !== undefined && Math.floor((nextAt - slide.at) / 1000) < minSeconds) continue;
    if (seconds > endSeconds) break;
    const title = titleOf(slide.slideId);
    const last = marks.at(-1);
    if (last?.title === title) continue;
    if (last?.seconds === seconds) marks.pop();
    marks.push({ seconds, title });
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
