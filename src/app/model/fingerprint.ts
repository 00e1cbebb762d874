// A short fingerprint of a list of article numbers, for cache keys: two independent
// 32-bit hashes (FNV-1a and a multiply-xorshift) with the length, so two different result
// lists sharing a key is vanishingly unlikely, and hashing 100,000 numbers takes well under a millisecond.
export function fingerprint(numbers: ArrayLike<number>): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ (n + k), 0x85ebca6b);
    b ^= b >>> 13;
  }
  return `${numbers.length}:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
