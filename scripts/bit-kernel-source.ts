// The counting kernel's bytes, compiled from its text form with wabt (a development
// dependency: the app ships the bytes, not the compiler).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const here = dirname(fileURLToPath(import.meta.url));
export const KERNEL_SOURCE = join(here, '../src/app/model/bit-kernel.wat');

export async function compileBitKernel(): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat('bit-kernel.wat', readFileSync(KERNEL_SOURCE, 'utf8'));
  try {
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
