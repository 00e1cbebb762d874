// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { renderWithQuery } from '../helpers/render-app';
import { seedCorpus } from '../helpers/seed-corpus';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

describe('App loading the corpus', () => {
  it('says how many articles were loaded', async () => {
    server.use(http.get('*/corpus.json', () => HttpResponse.json(seedCorpus())));
    renderWithQuery(<App />);
    expect(await screen.findByText(/29 articles loaded from 5 pages/)).toBeInTheDocument();
  });

  it('skips invalid articles and says how many', async () => {
    const corpus = seedCorpus();
    const broken = { ...corpus, articles: [...corpus.articles, { id: 'x', date: '2025-13-45' }, corpus.articles[0]] };
    server.use(http.get('*/corpus.json', () => HttpResponse.json(broken)));
    renderWithQuery(<App />);
    expect(await screen.findByText(/29 articles loaded from 5 pages \(2 skipped as invalid\)/)).toBeInTheDocument();
  });

  it('names a 404 and retries on request', async () => {
    let calls = 0;
    server.use(
      http.get('*/corpus.json', () => {
        calls++;
        return calls === 1 ? new HttpResponse('nope', { status: 404, statusText: 'Not Found' }) : HttpResponse.json(seedCorpus());
      }),
    );
    renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('corpus.json answered 404 Not Found');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/29 articles loaded/)).toBeInTheDocument();
  });

  it('names a file that is not JSON, and one that is not a corpus', async () => {
    server.use(http.get('*/corpus.json', () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } })));
    const first = renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('corpus.json is not valid JSON');
    first.unmount();
    server.use(http.get('*/corpus.json', () => HttpResponse.json({ schemaVersion: 1, articles: [] })));
    renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/is not an SRDI corpus: generatedAt/);
  });

  it('names a network failure', async () => {
    server.use(http.get('*/corpus.json', () => HttpResponse.error()));
    renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not reach corpus\.json/);
  });
});
