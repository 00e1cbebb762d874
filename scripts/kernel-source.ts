// The WebAssembly kernels' bytes, compiled from their text form with wabt (a development
// dependency: the app ships the bytes, not the compiler).
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const here = dirname(fileURLToPath(import.meta.url));

/** Each kernel: its text form, the module its bytes are generated into, and the constant holding them. */
export const KERNELS = {
  bits: { source: join(here, '../src/app/model/bit-kernel.wat'), out: join(here, '../src/app/model/bit-kernel-bytes.ts'), name: 'BIT_KERNEL_BASE64' },
  scan: { source: join(here, '../src/app/model/scan-kernel.wat'), out: join(here, '../src/app/model/scan-kernel-bytes.ts'), name: 'SCAN_KERNEL_BASE64' },
} as const;

export async function compileKernel(kernel: keyof typeof KERNELS): Promise<Uint8Array> {
  const { source } = KERNELS[kernel];
  const wabt = await wabtInit();
  const module = wabt.parseWat(basename(source), readFileSync(source, 'utf8'), { simd: true });
  try {
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
