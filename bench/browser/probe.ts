/**
 * What the bench installs in every page before the page's own scripts: Event Timing and long-task
 * observers, a readiness poller, a "time from an event to the paint that shows its effect" watcher
 * and a frame recorder. These functions run in the browser (Playwright serialises them).
 */

export interface EventEntry {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
}

export interface WatchResult {
  /** Event timestamp → the paint after `check()` first held; null when it did not within the timeout. */
  ms: number | null;
  eventStart: number;
}

export interface BenchProbe {
  events: EventEntry[];
  longtasks: { start: number; duration: number }[];
  ready: { readyAt: number; handledAt: number } | null;
  watchResult: WatchResult | null;
  frames: number[] | null;
  watch(eventType: string, check: () => boolean, timeoutMs: number): void;
  startFrames(): void;
  stopFrames(): number[];
}

/** tsx (esbuild keepNames) wraps named functions in __name(); pages have no such helper. */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

/**
 * Runs in the page. Ready = every selector matches an element with text (or an input) in a frame;
 * then one more task must get through the event loop: the moment an input would be handled.
 */
export function installProbe(readySelectors: string[]): void {
  const w = window as unknown as { __bench: BenchProbe };
  // A message posted in a frame callback is handled after that frame's paint.
  const afterThisPaint = (then: () => void) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = then;
    ch.port2.postMessage(null);
  };
  const probe: BenchProbe = {
    events: [],
    longtasks: [],
    ready: null,
    watchResult: null,
    frames: null,
    watch(eventType, check, timeoutMs) {
      probe.watchResult = null;
      const onEvent = (e: Event) => {
        window.removeEventListener(eventType, onEvent, true);
        const t0 = e.timeStamp;
        const loop = () =>
          requestAnimationFrame(() => {
            if (check())
              afterThisPaint(() => (probe.watchResult = { ms: performance.now() - t0, eventStart: t0 }));
            else if (performance.now() - t0 > timeoutMs) probe.watchResult = { ms: null, eventStart: t0 };
            else loop();
          });
        loop();
      };
      window.addEventListener(eventType, onEvent, true);
    },
    startFrames() {
      const frames: number[] = [];
      probe.frames = frames;
      const tick = (t: number) => {
        if (probe.frames !== frames) return;
        frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const frames = probe.frames ?? [];
      probe.frames = null;
      return frames;
    },
  };
  w.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const id = (e as PerformanceEntry & { interactionId?: number }).interactionId ?? 0;
        probe.events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: id });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // An engine without Event Timing or Long Tasks: those figures come out empty.
  }
  const isReady = () =>
    readySelectors.every((sel) => {
      const el = document.querySelector(sel);
      return !!el && (el instanceof HTMLInputElement || (el.textContent ?? '').trim().length > 0);
    });
  const poll = () =>
    requestAnimationFrame(() => {
      if (!isReady()) {
        poll();
        return;
      }
      const readyAt = performance.now();
      afterThisPaint(() => (probe.ready = { readyAt, handledAt: performance.now() }));
    });
  poll();
}
