// @vitest-environment jsdom
// The explorer as a user meets it, with the corpus request answered by msw.
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { DEFAULT_FILTERS } from '../../src/app/model/filters';
import { useExplorer } from '../../src/app/state/store';
import { renderWithQuery } from '../helpers/render-app';
import { articleMeta, chunkFileName, splitCorpus, splitCorpusFiles } from '../../src/shared/compact';
import { SCHEMA_VERSION } from '../../src/shared/schema';
import { buildFacetColumns, type FacetColumns } from '../../src/shared/facet-columns';
import { encodeFacetFile } from '../../src/shared/facet-file';
import { seedCorpus } from '../helpers/seed-corpus';
import { parseQuery } from '../../src/shared/search/query';
import { buildSearchIndex } from '../../src/shared/search/search';
import { searchScores } from '../helpers/reference-search';

// A corpus with no binary facet index beside it (the full form, or an older build).
const server = setupServer(
  // No team server: the offline app, as a static host serves it.
  http.get('*/config.json', () => new HttpResponse('missing', { status: 404 })),
  http.get('*/corpus/facets.:ext', () => new HttpResponse('missing', { status: 404 })),
  http.get('*/corpus/ids.json', () => new HttpResponse('missing', { status: 404 })),
);
const serveSeeds = () => server.use(http.get('*/corpus/index.json', () => HttpResponse.json(seedCorpus())));
const status = () => screen.getAllByRole('status').find((el) => /articles/.test(el.textContent ?? ''))!;
const params = () => new URLSearchParams(window.location.search);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
  useExplorer.setState({ filters: DEFAULT_FILTERS, notices: [], lang: 'en' });
});
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

async function openApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  serveSeeds();
  renderWithQuery(<App />);
  await screen.findByText(/of 29 articles/);
}

describe('loading the corpus', () => {
  it('shows a skeleton, then the on-topic articles out of the total', async () => {
    serveSeeds();
    renderWithQuery(<App />);
    expect(screen.getByText('Loading corpus…')).toBeInTheDocument();
    expect(await screen.findByText('25 of 29 articles')).toHaveAttribute('role', 'status');
  });

  it('skips invalid articles and says how many', async () => {
    const corpus = seedCorpus();
    const broken = { ...corpus, articles: [...corpus.articles, { id: 'x', date: '2025-13-45' }, corpus.articles[0]] };
    server.use(http.get('*/corpus/index.json', () => HttpResponse.json(broken)));
    renderWithQuery(<App />);
    expect(await screen.findByText(/2 articles in the corpus were invalid and skipped/)).toBeInTheDocument();
    expect(screen.getByText(/duplicate id/)).toBeInTheDocument();
    expect(screen.getByText('25 of 29 articles')).toBeInTheDocument();
  });

  it('names a 404 and retries on request', async () => {
    let calls = 0;
    server.use(
      http.get('*/corpus/index.json', () => {
        calls++;
        return calls === 1 ? new HttpResponse('nope', { status: 404, statusText: 'Not Found' }) : HttpResponse.json(seedCorpus());
      }),
    );
    renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('corpus/index.json answered 404 Not Found');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('25 of 29 articles')).toBeInTheDocument();
  });

  it('names a file that is not JSON, one that is not a corpus, and a network failure', async () => {
    server.use(http.get('*/corpus/index.json', () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } })));
    const first = renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('corpus/index.json is not valid JSON');
    first.unmount();
    server.use(http.get('*/corpus/index.json', () => HttpResponse.json({ schemaVersion: SCHEMA_VERSION, articles: [] })));
    const second = renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/is not an SRDI corpus: generatedAt/);
    second.unmount();
    server.use(http.get('*/corpus/index.json', () => HttpResponse.json({ schemaVersion: 1, articles: [] })));
    const older = renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(`corpus/index.json was written in corpus format 1; this app reads format ${SCHEMA_VERSION}. Run npm run corpus again`);
    older.unmount();
    server.use(http.get('*/corpus/index.json', () => HttpResponse.error()));
    const unreachable = renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not reach corpus\/index\.json/);
    unreachable.unmount();
    // In 中文 the same problem is said in Chinese.
    useExplorer.setState({ lang: 'zh' });
    renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/无法访问 corpus\/index\.json/);
  });
});

describe('facets', () => {
  it('filters by clicking values, updates counts and the URL', async () => {
    await openApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: '湖南 Hunan (3)' }));
    expect(status()).toHaveTextContent('3 of 29 articles');
    expect(params().getAll('region')).toEqual(['湖南']);
    // Other facets now count within Hunan; the region facet still counts as if Hunan were not chosen.
    expect(screen.getByRole('checkbox', { name: '能源 Energy (1)' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Filter Region' }), 'hub');
    await user.click(screen.getByRole('checkbox', { name: '湖北 Hubei (1)' }));
    expect(status()).toHaveTextContent('4 of 29 articles');
    await user.click(screen.getByRole('checkbox', { name: '能源 Energy (1)' }));
    expect(status()).toHaveTextContent('1 of 29 articles');
    expect(params().getAll('industry')).toEqual(['energy']);
  });

  it('shows selected values as chips, removable one by one or all at once', async () => {
    await openApp('?region=湖南&industry=energy');
    const chips = screen.getByLabelText('Filters', { selector: '.chips' });
    expect(within(chips).getByText('湖南 Hunan')).toBeInTheDocument();
    await userEvent.click(within(chips).getByRole('button', { name: 'Remove 能源 Energy' }));
    expect(status()).toHaveTextContent('3 of 29 articles');
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(status()).toHaveTextContent('25 of 29 articles');
    expect(window.location.search).toBe('');
  });

  it('selects a policy region group in one click', async () => {
    await openApp();
    await userEvent.click(screen.getByRole('button', { name: '京津冀 Beijing–Tianjin–Hebei 5' }));
    expect(params().getAll('region')).toEqual(['北京', '天津', '河北']);
    expect(status()).toHaveTextContent('5 of 29 articles');
  });

  it('keeps a checked value in view even when it ranks below the first ten', async () => {
    await openApp('?region=%E5%AE%81%E5%A4%8F');
    const region = screen.getByRole('navigation', { name: 'Filters' });
    expect(within(region).getByRole('checkbox', { name: '宁夏 Ningxia (0)' })).toBeChecked();
  });

  it('expands a province to filter by its cities', async () => {
    await openApp();
    await userEvent.click(screen.getByRole('button', { name: 'Show cities of 湖南 Hunan' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '长沙 Changsha (2)' }));
    expect(params().getAll('city')).toEqual(['长沙']);
    expect(status()).toHaveTextContent('2 of 29 articles');
  });

  it('counts subject places by default, and venues and datelines when the switch is on', async () => {
    await openApp();
    expect(screen.getByRole('checkbox', { name: '北京 Beijing (5)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include venues and datelines' }));
    expect(params().get('places')).toBe('wide');
    await userEvent.click(screen.getByRole('checkbox', { name: '北京 Beijing (8)' }));
    expect(status()).toHaveTextContent('8 of 29 articles');
  });

  it('shows each place of an article with its role in the reader', async () => {
    await openApp('?a=004_a8627c3d4e095617-01');
    const reader = screen.getByRole('complementary', { name: 'Reader' });
    const roles = [...reader.querySelectorAll('.place-roles li')].map((li) => [li.querySelector('.mini-chip')?.textContent, li.getAttribute('data-role')]);
    expect(roles).toEqual(expect.arrayContaining([['北京 Beijing', 'dateline']]));
    expect(within(reader).getAllByText('dateline').length).toBeGreaterThan(0);
  });

  it('includes off-topic news when the switch is turned off', async () => {
    await openApp();
    await userEvent.click(screen.getByRole('switch', { name: /On-topic only/ }));
    expect(status()).toHaveTextContent('29 of 29 articles');
    expect(params().get('all')).toBe('1');
  });
});

describe('state in the URL', () => {
  it('restores the view from a link', async () => {
    await openApp('?region=湖北&q=低空&a=002_af67aaf0ae712473-04');
    // The full-text answer arrives from the text index a moment after the metadata.
    await waitFor(() => expect(status()).toHaveTextContent(/^1 of 29 articles$/));
    expect(screen.getByRole('checkbox', { name: '湖北 Hubei (1)' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('低空');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('湖北召开 低空经济发展推进会');
  });

  it('drops unknown parameters with a notice and keeps the rest', async () => {
    await openApp('?region=湖南&colour=blue&industry=warp');
    expect(screen.getByRole('note')).toHaveTextContent('Ignored link parameters it could not use: colour=blue, industry=warp');
    expect(status()).toHaveTextContent('3 of 29 articles');
    expect(window.location.search).toBe(`?region=${encodeURIComponent('湖南')}`);
    // Notices are kept as a key and values: switching the language translates the one on screen.
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('note')).toHaveTextContent('链接中有无法识别的参数，已忽略：colour=blue, industry=warp');
  });

  it('steps back and forward through filter changes', async () => {
    await openApp();
    await userEvent.click(screen.getByRole('checkbox', { name: '湖南 Hunan (3)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '能源 Energy (1)' }));
    expect(status()).toHaveTextContent('1 of 29 articles');
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(status()).toHaveTextContent('3 of 29 articles'));
    await act(async () => {
      window.history.forward();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(status()).toHaveTextContent('1 of 29 articles'));
  });
});

describe('search and reading', () => {
  it('searches as you type and highlights matches in titles and snippets', async () => {
    await openApp();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search articles' }), '低空');
    // Keystrokes are gathered for a moment before the query goes out; until then the list says so.
    expect(screen.getByText('Searching…')).toBeInTheDocument();
    await waitFor(() => expect(status()).toHaveTextContent(/^3 of 29 articles$/));
    await waitFor(() => expect(document.querySelectorAll('.results mark.hit').length).toBeGreaterThan(3));
    const marks = [...document.querySelectorAll('.results mark.hit')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(3);
    expect(new Set(marks)).toEqual(new Set(['低空']));
    await waitFor(() => expect(params().get('q')).toBe('低空'), { timeout: 2000 });
  });

  it('says when a query is widened with its taxonomy terms', async () => {
    await openApp('?q=低空经济');
    // The hint comes with the search answer: wait for it (a loaded machine answers later), never for a fixed time.
    expect(await screen.findByText(/“低空经济” also matches its Low-altitude economy terms: 低空经济、无人机、eVTOL/, {}, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('opens an article in the reader with figures highlighted and provenance, and moves with j/k', async () => {
    await openApp('?q=小巨人');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /力挺专精特新中小企业/ }));
    const reader = screen.getByRole('complementary', { name: 'Reader' });
    expect(within(reader).getByRole('heading', { level: 2 })).toHaveTextContent('力挺专精特新中小企业 更多政策举措加快制定');
    expect(within(reader).getByText('Nov 2025')).toBeInTheDocument();
    expect([...reader.querySelectorAll('mark.figure')].map((m) => m.textContent)).toContain('超1.76万家');
    expect(reader.querySelectorAll('mark.hit').length).toBeGreaterThan(3);
    expect(within(reader).getByText(/000_c0c77dfeae12ef6b\.txt/).parentElement).toHaveTextContent('lines 3–35');
    expect(params().get('a')).toBe('000_c0c77dfeae12ef6b-01');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('j');
    expect(params().get('a')).not.toBe('000_c0c77dfeae12ef6b-01');
    await user.keyboard('k');
    expect(params().get('a')).toBe('000_c0c77dfeae12ef6b-01');
  });

  it('shows dates at their precision and the first words of an untitled article', async () => {
    await openApp('?region=上海&region=江苏&region=陕西');
    expect(screen.getByRole('button', { name: /^近日,工业和信息化部党组书记李乐成/ })).toBeInTheDocument();
    expect(screen.getAllByText('2025').length).toBeGreaterThan(0);
  });
});

describe('language', () => {
  it('switches to Chinese, keeps Chinese names, and remembers the choice', async () => {
    await openApp();
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByText('29 篇中的 25 篇')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '湖南 (3)' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('srdi-explorer')!).state.lang).toBe('zh');
    // The document says its language, and the link carries it.
    expect(document.documentElement.lang).toBe('zh-CN');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('lang')).toBe('zh'));
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('title', '切换到英文');
  });
});

describe('the split corpus (compact index + text chunks)', () => {
  const { index, chunks } = splitCorpus(seedCorpus(), 10);
  const serveSplit = (failing: number | null) =>
    server.use(
      http.get('*/corpus/index.json', () => HttpResponse.json(index)),
      http.get('*/corpus/:file', ({ params: p }) => {
        const chunk = chunks.find((c) => chunkFileName(c.chunk) === p.file);
        if (!chunk || chunk.chunk === failing) return new HttpResponse('missing', { status: 404 });
        return HttpResponse.json(chunk);
      }),
    );

  it('filters on the index at once, then searches and reads the texts from the chunks', async () => {
    expect(chunks).toHaveLength(3);
    window.history.replaceState(null, '', '/?region=湖北');
    serveSplit(null);
    renderWithQuery(<App />);
    await screen.findByText('1 of 29 articles');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), '推进会');
    await waitFor(() => expect(status()).toHaveTextContent(/^1 of 29 articles$/));
    await user.click(screen.getByRole('button', { name: /湖北召开 低空经济发展推进会/ }));
    const reader = screen.getByRole('complementary', { name: 'Reader' });
    await waitFor(() => expect(reader.querySelectorAll('.reader-paragraph:not(.muted)').length).toBeGreaterThan(1));
    expect(reader.querySelectorAll('mark.hit').length).toBeGreaterThan(0);
  });

  const serveFacets = (columns: FacetColumns, alter: (bytes: Uint8Array) => void = () => undefined) => {
    const file = encodeFacetFile(columns, index.articles.map((a) => a.id));
    const bytes = file.bytes.slice();
    alter(bytes);
    server.use(
      http.get('*/corpus/facets.json', () => HttpResponse.json(file.manifest)),
      http.get('*/corpus/facets.bin', () => HttpResponse.arrayBuffer(bytes.buffer)),
      http.get('*/corpus/ids.json', () => HttpResponse.json(file.ids)),
    );
  };

  it('takes the facets from the binary facet index when it matches the index', async () => {
    // A file that (consistently) says every article is about 湖北: the counts show it was read.
    const columns = buildFacetColumns(index.articles.map((a) => ({ ...a, regions: ['湖北'] })));
    serveSplit(null);
    serveFacets(columns);
    window.history.replaceState(null, '', '/?region=湖北');
    renderWithQuery(<App />);
    await screen.findByText('25 of 29 articles');
    expect(screen.queryByText(/binary facet index was not used/)).toBeNull();
  });

  /** The index is answered only when the test says so (the rows arrive after the facets). */
  const holdIndex = (): (() => void) => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(http.get('*/corpus/index.json', async () => {
      await gate;
      return HttpResponse.json(index);
    }));
    return release;
  };

  it('works the facets from the binary index before the index rows arrive, and keeps the filters chosen meanwhile', async () => {
    serveSplit(null);
    serveFacets(buildFacetColumns(index.articles));
    const release = holdIndex();
    renderWithQuery(<App />);
    expect(await screen.findByText('25 of 29 articles')).toBeInTheDocument();
    expect(screen.getByText(/The facets work now; the list of the 29 articles/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '湖南 Hunan (3)' }));
    expect(await screen.findByText('3 of 29 articles')).toBeInTheDocument();
    await waitFor(() => expect(params().get('region')).toBe('湖南'));
    expect(document.querySelectorAll('.result')).toHaveLength(0);
    release();
    // The full explorer takes over with the same filters: the list now has its articles.
    await waitFor(() => expect(document.querySelectorAll('.result')).toHaveLength(3));
    expect(status()).toHaveTextContent('3 of 29 articles');
  });

  it('shows no early count for a link with a query: without the texts it would be wrong', async () => {
    window.history.replaceState(null, '', `/?q=${encodeURIComponent('推进会')}`);
    serveSplit(null);
    serveFacets(buildFacetColumns(index.articles));
    const release = holdIndex();
    renderWithQuery(<App />);
    await waitFor(() => expect(screen.getAllByRole('status').map((e) => e.textContent)).toContain('Loading corpus…'));
    expect(screen.queryByText(/of 29 articles/)).toBeNull();
    release();
    await waitFor(() => expect(status()).toHaveTextContent(/^2 of 29 articles$/));
  });

  it('falls back to the JSON index when the binary one is corrupt, and says why', async () => {
    serveSplit(null);
    serveFacets(buildFacetColumns(index.articles), (bytes) => (bytes[40]! ^= 1));
    window.history.replaceState(null, '', '/?region=湖北');
    renderWithQuery(<App />);
    await screen.findByText('1 of 29 articles');
    expect(await screen.findByText(/The binary facet index was not used \(facets\.bin does not match its checksum/)).toBeInTheDocument();
  });

  it('names a chunk that failed, and keeps filtering, searching the rest and reading what loaded', async () => {
    serveSplit(1);
    renderWithQuery(<App />);
    await screen.findByText('25 of 29 articles');
    const alert = await screen.findByText(/Some article texts could not be loaded \(1\)/);
    expect(alert).toHaveTextContent('text-0001.json answered 404');
    await userEvent.click(screen.getByRole('checkbox', { name: '湖南 Hunan (3)' }));
    expect(status()).toHaveTextContent('of 29 articles');
    // An article whose chunk failed says so in the reader instead of showing nothing.
    const lost = index.articles.find((a) => a.chunk === 1 && a.onTopic && a.regions.includes('湖南'))!;
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: new RegExp(`^${(lost.title ?? lost.lead).slice(0, 8)}`) }));
    expect(await screen.findByText(/The text of this article could not be loaded: .*text-0001\.json answered 404/)).toBeInTheDocument();
  });
});

describe('the pipeline’s layout (rows files and the binary facet index)', () => {
  const files = new Map(splitCorpusFiles(seedCorpus(), 10).map((f) => [f.name, f.body]));
  const rowsFile = (name: string) => JSON.parse(String(files.get(name))) as { articles: Record<string, unknown>[] };
  let fetched: string[] = [];
  const serveFiles = (patch: Record<string, Record<string, unknown>> = {}) => {
    fetched = [];
    server.use(
      http.get('*/corpus/:file', ({ params: p }) => {
        const name = String(p.file);
        fetched.push(name);
        if (name in patch) return HttpResponse.json(patch[name]);
        const body = files.get(name);
        if (body === undefined) return new HttpResponse('missing', { status: 404 });
        return typeof body === 'string' ? new HttpResponse(body, { headers: { 'content-type': 'application/json' } }) : HttpResponse.arrayBuffer(body.slice().buffer);
      }),
    );
  };
  const rowsFetched = () => fetched.filter((f) => f.startsWith('rows-')).sort();

  it('numbers the articles by the facet index, lists them from their rows files, then checks every rows file once the texts are in', async () => {
    window.history.replaceState(null, '', '/?region=湖北');
    serveFiles();
    renderWithQuery(<App />);
    await screen.findByText('1 of 29 articles');
    expect(await screen.findByRole('button', { name: /湖北召开 低空经济发展推进会/ })).toBeInTheDocument();
    await waitFor(() => expect(rowsFetched()).toEqual(['rows-0000.json', 'rows-0001.json', 'rows-0002.json']));
    // Searched from the text chunks alone (titles included), and nothing was replaced.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'title:推进会');
    await waitFor(() => expect(status()).toHaveTextContent(/^1 of 29 articles$/));
    expect(screen.queryByText(/binary facet index was not used/)).toBeNull();
    expect(screen.queryByText(/invalid and skipped/)).toBeNull();
  });

  it('replaces a corpus numbered too early when a rows file holds an invalid article, and says what was skipped', async () => {
    const broken = rowsFile('rows-0001.json');
    broken.articles[0] = { ...broken.articles[0]!, date: 'soon' };
    serveFiles({ 'rows-0001.json': broken });
    renderWithQuery(<App />);
    expect(await screen.findByText('1 article in the corpus was invalid and skipped.')).toBeInTheDocument();
    await waitFor(() => expect(status()).toHaveTextContent(/of 28 articles$/));
    expect(screen.getByText(/The binary facet index was not used \(1 articles of the index were skipped/)).toBeInTheDocument();
  });

  it('does not number the articles by ids written for another facet index: it reads the rows first, and says why', async () => {
    serveFiles({ 'ids.json': { ...(JSON.parse(String(files.get('ids.json'))) as Record<string, unknown>), checksum: '00000000' } });
    window.history.replaceState(null, '', '/?region=湖北');
    renderWithQuery(<App />);
    await screen.findByText('1 of 29 articles');
    expect(await screen.findByText(/The binary facet index was not used \(ids\.json belongs to another facets\.bin\)/)).toBeInTheDocument();
    expect(rowsFetched()).toEqual(['rows-0000.json', 'rows-0001.json', 'rows-0002.json']);
  });
});


describe('with a team server (config.json names one)', () => {
  const seeds = seedCorpus();
  const metas = seeds.articles.map((a) => articleMeta(a, 0));
  const texts = buildSearchIndex(seeds.articles);
  const asked: string[] = [];

  /** The server's API as msw answers it: the seeds' facet index, rows, texts and the reference search. */
  const serveTeam = () => {
    const file = encodeFacetFile(buildFacetColumns(metas), metas.map((a) => a.id));
    asked.length = 0;
    server.use(
      http.get('*/config.json', () => HttpResponse.json({ mode: 'remote', api: '/api', publicUrl: 'https://srdi.example.org/', readToken: false })),
      http.get('*/api/corpus/info', () => HttpResponse.json({ total: 29, generatedAt: seeds.generatedAt, sources: seeds.sources, skipped: [] })),
      http.get('*/api/corpus/facets.json', () => HttpResponse.json(file.manifest)),
      http.get('*/api/corpus/facets.bin', () => HttpResponse.arrayBuffer(file.bytes.slice().buffer)),
      http.get('*/api/corpus/ids.json', () => HttpResponse.json(file.ids)),
      http.post('*/api/rows', async ({ request }) => {
        const { positions } = (await request.json()) as { positions: number[] };
        asked.push(`rows ${positions.length}`);
        return HttpResponse.json({ rows: positions.map((p) => metas[p]) });
      }),
      http.post('*/api/search', async ({ request }) => {
        const { q } = (await request.json()) as { q: string };
        asked.push(`search ${q}`);
        const scores = searchScores(texts, parseQuery(q))!;
        const positions = metas.flatMap((a, p) => (scores.has(a.id) ? [p] : []));
        return HttpResponse.json({ positions, scores: positions.map((p) => scores.get(metas[p]!.id)) });
      }),
      http.get('*/api/saved-views', () => HttpResponse.json([])),
      http.post('*/api/texts', async ({ request }) => {
        const { positions } = (await request.json()) as { positions: number[] };
        asked.push(`texts ${positions.length}`);
        return HttpResponse.json({ texts: positions.map((p) => ({ id: seeds.articles[p]!.id, paragraphs: seeds.articles[p]!.paragraphs })) });
      }),
      // Nothing of the offline corpus is fetched in team mode.
      http.get('*/corpus/:file', ({ params: p }) => {
        asked.push(`offline ${String(p.file)}`);
        return new HttpResponse('missing', { status: 404 });
      }),
    );
  };

  it('asks for the token when the server needs one to read, and opens the corpus with it', async () => {
    serveTeam();
    const seedsInfo = { total: 29, generatedAt: seeds.generatedAt, sources: seeds.sources, skipped: [] };
    const guarded = (answer: () => Response) => ({ request }: { request: Request }) =>
      request.headers.get('authorization') === 'Bearer reader-token' ? answer() : HttpResponse.json({ error: 'token', message: 'this server needs a read token' }, { status: 401 });
    const file = encodeFacetFile(buildFacetColumns(metas), metas.map((a) => a.id));
    server.use(
      http.get('*/config.json', () => HttpResponse.json({ mode: 'remote', api: '/api', publicUrl: null, readToken: true })),
      http.get('*/api/corpus/info', guarded(() => HttpResponse.json(seedsInfo))),
      http.get('*/api/corpus/facets.json', guarded(() => HttpResponse.json(file.manifest))),
      http.get('*/api/corpus/facets.bin', guarded(() => HttpResponse.arrayBuffer(file.bytes.slice().buffer))),
      http.get('*/api/corpus/ids.json', guarded(() => HttpResponse.json(file.ids))),
    );
    sessionStorage.clear();
    renderWithQuery(<App />);
    expect(await screen.findByText(/This team server needs a token to open its corpus/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Team token'), 'reader-token');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('25 of 29 articles')).toHaveAttribute('role', 'status');
    expect(sessionStorage.getItem('srdi-team-token')).toBe('reader-token');
    sessionStorage.clear();
  });

  it('shows the server’s corpus with the offline counts, searches on the server and reads texts from it', async () => {
    serveTeam();
    renderWithQuery(<App />);
    const status = () => screen.getAllByRole('status').find((s) => /articles$/.test(s.textContent ?? ''));
    // The offline app's counts for the same corpus (the tests above): 25 on topic, 5 in 北京, 1 in 湖北 about 推进会.
    await waitFor(() => expect(status()).toHaveTextContent(/^25 of 29 articles$/));
    expect(screen.getByText('Team server')).toHaveAttribute('title', expect.stringContaining('team server'));
    await act(async () => useExplorer.getState().refine({ region: ['北京'] }));
    await waitFor(() => expect(status()).toHaveTextContent(/^5 of 29 articles$/));
    await act(async () => useExplorer.getState().refine({ region: ['湖北'] }));
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), '推进会');
    await waitFor(() => expect(status()).toHaveTextContent(/^1 of 29 articles$/));
    expect(asked).toContain('search 推进会');
    await user.click(await screen.findByRole('button', { name: /湖北召开 低空经济发展推进会/ }));
    const reader = screen.getByRole('complementary', { name: 'Reader' });
    await waitFor(() => expect(reader.querySelectorAll('.reader-paragraph:not(.muted)').length).toBeGreaterThan(1));
    expect(reader.querySelectorAll('mark.hit').length).toBeGreaterThan(0);
    expect(asked.filter((a) => a.startsWith('offline'))).toEqual([]);
  });

  it('counts the team’s shared views beside the analyst’s own in the Saved views menu', async () => {
    serveTeam();
    const view = (id: string, name: string) => ({ id, name, author: '王芳', search: '?region=湖北', chart: 'timeline', createdAt: '2026-12-01T08:00:00Z', updatedAt: '2026-12-01T08:00:00Z' });
    server.use(http.get('*/api/saved-views', () => HttpResponse.json([view('00000000-0000-4000-8000-000000000001', '低空经济 · 湖北'), view('00000000-0000-4000-8000-000000000002', '湖北')])));
    renderWithQuery(<App />);
    const summary = (await screen.findByText('Saved views')).closest('summary')!;
    await waitFor(() => expect(summary).toHaveTextContent(/^Saved views 0 · team 2$/));
  });
});
