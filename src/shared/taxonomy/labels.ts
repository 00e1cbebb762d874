/** A label in both UI languages. Chinese entities always show their Chinese name. */
export interface Label {
  zh: string;
  en: string;
}
