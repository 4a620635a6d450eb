import { MAX_RETRY_WAIT_MS, retryDelay, socketUrl } from './liveLink';

describe('the live link', () => {
  it('waits longer after each failed attempt, never past the cap', () => {
    const delays = [0, 1, 2, 3, 4, 5, 10].map((retries) => retryDelay(retries, () => 1));
    expect(delays.slice(0, 5)).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(delays.at(-1)).toBe(MAX_RETRY_WAIT_MS);
  });

  it('spreads reconnecting browsers over half the wait (jitter)', () => {
    expect(retryDelay(3, () => 0)).toBe(4000);
    expect(retryDelay(3, () => 0.5)).toBe(6000);
  });

  it('opens the socket on the page’s own origin, secure when the page is', () => {
    expect(socketUrl('/graphql', { protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
    expect(socketUrl('/graphql', { protocol: 'https:', host: 'ideas.example.com' })).toBe('wss://ideas.example.com/graphql');
  });
});
