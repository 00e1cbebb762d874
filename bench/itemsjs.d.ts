// The parts of itemsjs the benchmark uses (the package ships no types).
declare module 'itemsjs' {
  interface ItemsJs {
    search(options: { per_page?: number; filters?: Record<string, string[]>; query?: string }): unknown;
  }
  export default function itemsjs(data: object[], configuration: object): ItemsJs;
}
