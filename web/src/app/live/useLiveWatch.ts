import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';

/** Starts a live subscription on `client`; returns how to stop it. */
export type LiveWatch = (client: ApolloClient) => () => void;

/**
 * Runs a watch from a lazily loaded module while the component is mounted (and `enabled`). The module
 * gets the client rather than importing Apollo itself, so loading it adds no shared chunk to the first
 * load. `load` must be stable (module level, or memoised on what it closes over).
 */
export function useLiveWatch(load: () => Promise<LiveWatch>, enabled = true): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    load().then(
      (watch) => {
        if (!cancelled) stop = watch(client);
      },
      () => undefined, // no chunk, no live updates: the page still shows what it read
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [client, load, enabled]);
}
