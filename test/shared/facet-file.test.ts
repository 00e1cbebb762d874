// The binary facet index: written and read back unchanged; a truncated, altered or
// inconsistent file is refused with the reason, by name, before anything is used.
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../src/shared/compact';
import { buildFacetColumns, spanKeys } from '../../src/shared/facet-columns';
import { checksumOf, decodeFacetFile, encodeFacetFile } from '../../src/shared/facet-file';
import { seedCorpus } from '../helpers/seed-corpus';

const metas = seedCorpus().articles.map((a) => articleMeta(a, 0));
const columns = buildFacetColumns(metas);
const file = encodeFacetFile(columns, metas.map((a) => a.id));
const manifest = () => JSON.parse(JSON.stringify(file.manifest)) as typeof file.manifest;
const decode = (m: unknown, bytes: Uint8Array) => decodeFacetFile(m, bytes.slice().buffer);

describe('the binary facet file', () => {
  it('round-trips the columns of the seed corpus', () => {
    const back = decode(manifest(), file.bytes);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.columns).toEqual(columns);
    expect(columns.articles).toBe(29);
    expect(columns.columns.region.values).toContain('湖北');
    expect(file.bytes.length % 4).toBe(0);
  });

  it('keeps dates as ordered day keys spanning what the text allows', () => {
    expect(spanKeys('2024-02')).toEqual({ start: spanKeys('2024-02-01')!.start, end: spanKeys('2024-02-29')!.end });
    expect(spanKeys('2025')!.end).toBeLessThan(spanKeys('2026-01-01')!.start);
    expect(spanKeys(null)).toBeNull();
  });

  it('refuses a truncated file, an altered byte, and a manifest of another build, saying which', () => {
    expect(decode(manifest(), file.bytes.slice(0, file.bytes.length - 8))).toEqual({ ok: false, error: `facets.bin has ${file.bytes.length - 8} bytes, the manifest says ${file.bytes.length} (truncated or from another build)` });
    const flipped = file.bytes.slice();
    flipped[17]! ^= 0xff;
    expect(decode(manifest(), flipped)).toEqual({ ok: false, error: 'facets.bin does not match its checksum (corrupt or from another build)' });
    expect(decode({ ...manifest(), kind: 'other' }, file.bytes)).toMatchObject({ ok: false, error: expect.stringMatching(/^facets\.json: kind/) });
  });

  it('refuses arrays that do not fit what they claim, even with a matching checksum', () => {
    const fewer = manifest();
    fewer.values.region = fewer.values.region.slice(0, 2);
    expect(decode(fewer, file.bytes)).toEqual({ ok: false, error: expect.stringMatching(/^region\.ids has value \d+ beyond the 2 region values$/) });
    const missing = manifest();
    missing.arrays = missing.arrays.filter((a) => a.name !== 'spanEnd');
    expect(decode(missing, file.bytes)).toEqual({ ok: false, error: 'facets.bin has no spanEnd' });
    const past = manifest();
    past.arrays = past.arrays.map((a) => (a.name === 'topic.ids' ? { ...a, length: a.length + 1000 } : a));
    expect(decode(past, file.bytes)).toEqual({ ok: false, error: 'topic.ids runs past the end of facets.bin (truncated?)' });
    // Counts that do not add up to the ids: the bytes are rewritten and the checksum made to match.
    const bytes = file.bytes.slice();
    const counts = file.manifest.arrays.find((a) => a.name === 'kind.counts')!;
    expect(counts.type).toBe('u8');
    bytes[counts.offset + 3] = 7;
    expect(decode({ ...manifest(), checksum: checksumOf(bytes) }, bytes)).toEqual({ ok: false, error: 'kind.counts do not add up to the 29 entries of kind.ids' });
  });

  it('stores each column in the narrowest types: u8 counts and value numbers for a few hundred values, u16 past 256', () => {
    const types = new Map(file.manifest.arrays.map((a) => [a.name, a.type]));
    expect([types.get('region.counts'), types.get('region.ids'), types.get('spanStart')]).toEqual(['u8', 'u8', 'i32']);
    const many = buildFacetColumns(Array.from({ length: 300 }, (_, i) => ({ ...metas[0]!, id: `m${i}`, outlet: `outlet ${i}` })));
    const wide = encodeFacetFile(many, many.columns.outlet.values.map((_, i) => `m${i}`));
    expect(wide.manifest.arrays.find((a) => a.name === 'outlet.ids')!.type).toBe('u16');
    const back = decode(JSON.parse(JSON.stringify(wide.manifest)), wide.bytes);
    expect(back.ok && back.columns).toEqual(many);
  });

  it('reads a file of the first layout (u32 offsets and value numbers)', () => {
    const { manifest: m, bytes } = firstLayout(columns);
    const back = decode(m, bytes);
    expect(back.ok && back.columns).toEqual(columns);
  });
});

/** The columns as the first layout wrote them: every array u32 (`name.offsets`, `name.ids`) but the flags and dates. */
function firstLayout(c: typeof columns): { manifest: unknown; bytes: Uint8Array } {
  const parts: [string, 'u8' | 'u32' | 'i32', Uint8Array | Uint32Array | Int32Array][] = [
    ...Object.entries(c.columns).flatMap(([name, col]): [string, 'u32', Uint32Array][] => [[`${name}.offsets`, 'u32', col.offsets], [`${name}.ids`, 'u32', col.ids]]),
    ['onTopic', 'u8', c.onTopic], ['spanStart', 'i32', c.spanStart], ['spanEnd', 'i32', c.spanEnd],
  ];
  let at = 0;
  const arrays = parts.map(([name, type, data]) => {
    const a = { name, type, offset: at, length: data.length };
    at += Math.ceil(data.byteLength / 4) * 4;
    return a;
  });
  const bytes = new Uint8Array(at);
  parts.forEach(([, , data], k) => bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), arrays[k]!.offset));
  return { manifest: { ...manifest(), bytes: at, checksum: checksumOf(bytes), arrays }, bytes };
}
