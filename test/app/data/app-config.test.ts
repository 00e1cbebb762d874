// Which engine the app uses, from config.json: only a team server's own answer switches
// it; a missing file, an HTML fallback or a foreign JSON keeps the offline app (the last
// saying why). A copied link on a team server uses its public URL.
import { describe, expect, it } from 'vitest';
import { fetchAppConfig, shareableLink } from '../../../src/app/data/app-config';

const answering = (res: Response | Error): typeof fetch => async () => {
  if (res instanceof Error) throw res;
  return res;
};
const json = (body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { headers: { 'content-type': type } });
const TEAM = { mode: 'remote', api: '/api', publicUrl: 'https://srdi.example.org/explorer/', readToken: false } as const;

describe('config.json', () => {
  it('names the team server only when the server wrote it', async () => {
    expect(await fetchAppConfig('config.json', answering(json(TEAM)))).toEqual(TEAM);
    expect(await fetchAppConfig('config.json', answering(new Response('missing', { status: 404 })))).toEqual({ mode: 'offline', problem: null });
    expect(await fetchAppConfig('config.json', answering(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })))).toEqual({ mode: 'offline', problem: null });
    expect(await fetchAppConfig('config.json', answering(new TypeError('Failed to fetch')))).toEqual({ mode: 'offline', problem: null });
    expect(await fetchAppConfig('config.json', answering(json({ mode: 'remote', api: 42 })))).toEqual({ mode: 'offline', problem: expect.stringMatching(/^config\.json is not a team server's configuration \(api: /) });
  });

  it('gives a copied link the server’s public URL, keeping the view’s state', () => {
    const here = 'http://127.0.0.1:8080/?region=%E6%B9%96%E5%8D%97&q=x#results';
    expect(shareableLink(TEAM, here)).toBe('https://srdi.example.org/explorer/?region=%E6%B9%96%E5%8D%97&q=x#results');
    expect(shareableLink({ ...TEAM, publicUrl: null }, here)).toBe(here);
    expect(shareableLink({ mode: 'offline', problem: null }, here)).toBe(here);
  });
});
