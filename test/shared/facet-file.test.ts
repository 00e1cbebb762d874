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
    // A CSR whose offsets fall: the bytes are rewritten and the checksum made to match.
    const bytes = file.bytes.slice();
    const at = file.manifest.arrays.find((a) => a.name === 'kind.offsets')!.offset;
    new DataView(bytes.buffer).setUint32(at + 4 * 3, 0, true);
    expect(decode({ ...manifest(), checksum: checksumOf(bytes) }, bytes)).toEqual({ ok: false, error: 'kind.offsets fall at article 2' });
  });
});
