// A categorical palette readable on a projector, and a fixed colour per taxonomy id.
export const PALETTE = ['#1f5fa8', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#475569', '#9333ea', '#0369a1', '#b45309', '#047857', '#6d28d9'];
export const NONE_COLOUR = '#cbd2dc';

export function colourFor(key: string, keys: string[]): string {
  if (key === 'none') return NONE_COLOUR;
  return PALETTE[keys.filter((k) => k !== 'none').indexOf(key) % PALETTE.length] ?? PALETTE[0]!;
}
