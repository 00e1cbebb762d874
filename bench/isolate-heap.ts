// Heap in use by this isolate (main thread or worker) after full collections. Workers
// cannot take --expose-gc on their command line, so the flag is set from inside.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function isolateHeapMb(): number {
  // Several collections: one leaves garbage that later ones find.
  for (let k = 0; k < 3; k++) gc();
  return getHeapStatistics().used_heap_size / 2 ** 20;
}
