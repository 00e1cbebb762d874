// The key under which one measure lines up across articles (the figure tracker's series).
import { KEY_ALIASES, KEY_GENERIC_VERB, KEY_MEASURE_SUFFIX, KEY_NATIONAL_PREFIX, KEY_NOISE } from '../knowledge/indicator-keys';

export function indicatorKey(indicator: string | null): string | null {
  if (indicator === null) return null;
  let key = indicator.replace(KEY_NOISE, '').replace(KEY_NATIONAL_PREFIX, '').replace(KEY_GENERIC_VERB, '');
  for (let guard = 0; guard < 3 && KEY_MEASURE_SUFFIX.test(key); guard++) key = key.replace(KEY_MEASURE_SUFFIX, '');
  key = key.replace(/的/gu, '');
  for (const alias of KEY_ALIASES) if (alias.pattern.test(key)) return alias.key;
  return key.length >= 2 ? key : null;
}
