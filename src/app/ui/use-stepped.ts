// A long computation run in steps between which the page handles input: a generator's
// steps are taken for at most SLICE_MS at a time and the rest after a message round trip
// (setTimeout would wait 4 ms each time once nested). A new input cancels the run.
import { useEffect, useState } from 'react';

/** Work per task: under the 50 ms the browser counts as a long task, with room for input and drawing. */
const SLICE_MS = 12;

/**
 * `start(input)`'s result once its steps are done, null until then (and for a null input);
 * a result is never shown for another input than its own. `start` should be a stable function.
 */
export function useStepped<I, T>(start: (input: I) => Generator<void, T, void>, input: I | null): T | null {
  const [done, setDone] = useState<{ input: I; value: T } | null>(null);
  useEffect(() => {
    if (input === null) return undefined;
    const steps = start(input);
    const channel = new MessageChannel();
    let stopped = false;
    const run = () => {
      const until = performance.now() + SLICE_MS;
      while (!stopped) {
        const step = steps.next();
        if (step.done) return setDone({ input, value: step.value });
        if (performance.now() >= until) return channel.port2.postMessage(null);
      }
    };
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
    return () => {
      stopped = true;
      channel.port1.close();
    };
  }, [start, input]);
  return done !== null && done.input === input ? done.value : null;
}
