/**
 * The show's log for a page of a live show, as the same `Store` the pages already use: what
 * this browser saved and what the live document holds, merged by event id. The host's saves
 * go to both, so a mark made offline is kept here and reaches the others on reconnect; the
 * other roles read the live log only, since the server would not take their writes.
 */
import type { Store } from '../store/makeStore.ts';
import { compareShowEvents, parseShowEvent, type ShowEvent } from '../show/showLog.ts';
import type { LiveShow } from './connectLive.ts';

/** The union of logs by event id, in log order. */
export function mergeShowLogs(...logs: (readonly ShowEvent[])[]): ShowEvent[] {
  const byId = new Map<string, ShowEvent>();
  for (const log of logs)
    for (const event of log) if (!byId.has(event.id)) byId.set(event.id, event);
  return [...byId.values()].sort(compareShowEvents);
}

/** Wraps `local` (this browser's saved log) with the live show's log. */
export function makeLiveLogStore(
  local: Store<readonly ShowEvent[]>,
  live: LiveShow,
): Store<readonly ShowEvent[]> {
  const isHost = live.key.role === 'host';
  const liveLog = (): ShowEvent[] => live.readLog(parseShowEvent);
  const watchers = new Set<() => void>();
  if (isHost) {
    // What this browser recorded before (or while offline) joins the show.
    live.appendLog(local.peek());
  }
  return {
    key: local.key,
    load() {
      if (!isHost) return { value: liveLog(), notice: null };
      const loaded = local.load();
      return { value: mergeShowLogs(loaded.value, liveLog()), notice: loaded.notice };
    },
    peek: () => (isHost ? mergeShowLogs(local.peek(), liveLog()) : liveLog()),
    save(value) {
      if (!isHost) {
        // The server takes no marks from this page: tell the page to read the log again, so
        // what it just drew goes back to what the show holds.
        for (const watcher of watchers) watcher();
        return null;
      }
      live.appendLog(value);
      return local.save(mergeShowLogs(value, liveLog()));
    },
    watch(onChange) {
      const stopLocal = isHost ? local.watch(onChange) : () => undefined;
      const stopLive = live.onChange(onChange);
      watchers.add(onChange);
      return () => {
        watchers.delete(onChange);
        stopLocal();
        stopLive();
      };
    },
  };
}
