export type Lang = 'en' | 'zh';
