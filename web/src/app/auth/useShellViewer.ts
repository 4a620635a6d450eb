import { useEffect, useState } from 'react';

import { readRememberedViewer, rememberViewer } from './rememberedViewer';
import { useViewer, type Viewer } from './useViewer';

/**
 * `live`: `me` answered with this person. `remembered`: `me` is on its way, the person last signed in
 * here is shown meanwhile. `offline`: the API cannot be reached (the person, if remembered, stays).
 * `signedOut`: the API says nobody is signed in. `loading`: nobody remembered, `me` on its way.
 */
export type ShellViewerState = 'live' | 'remembered' | 'offline' | 'signedOut' | 'loading';

/** Who the header shows: never a "Sign in" link to a signed-in person while data loads or the API is down. */
export function useShellViewer(): { viewer: Viewer | null; state: ShellViewerState } {
  const { viewer, loading, error } = useViewer();
  const [remembered] = useState(readRememberedViewer);

  useEffect(() => {
    if (!loading && !error) rememberViewer(viewer);
  }, [viewer, loading, error]);

  if (viewer) return { viewer, state: 'live' };
  if (error) return { viewer: remembered, state: 'offline' };
  if (loading) return { viewer: remembered, state: remembered ? 'remembered' : 'loading' };
  return { viewer: null, state: 'signedOut' };
}
