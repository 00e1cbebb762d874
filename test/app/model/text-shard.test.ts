// A text shard takes any number of texts: half a million at once (a 1M corpus's shard)
// once overflowed the stack by spreading them into one call.
import { describe, expect, it } from 'vitest';
import { TextShard, type ShardDoc } from '../../../src/app/model/text-shard';

describe('TextShard', () => {
  it('adds 300,000 texts in one call and finds one of them after the seal', () => {
    const docs: ShardDoc[] = Array.from({ length: 300_000 }, (_, number) => ({ number, id: `a${number}`, title: null, outlet: null, documents: [], paragraphs: number === 123_456 ? ['专精特新小巨人'] : ['发展'] }));
    const shard = new TextShard();
    expect(() => shard.add(docs)).not.toThrow();
    shard.seal();
    expect(Array.from(shard.search('小巨人')!.docs)).toEqual([123_456]);
    expect(shard.text('a123456')).toEqual(['专精特新小巨人']);
  });
});
