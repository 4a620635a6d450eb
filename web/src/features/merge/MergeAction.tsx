import { useApolloClient } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';

import { Button } from '../../ui/Button';
import initiativeToolsWords from '../initiatives/toolsWords';
import type { MergeSide } from './MergeDialog';

// Only managers ever open it: its code loads on first use.
const MergeDialog = lazy(() => import('./MergeDialog'));

interface MergeActionProps {
  source: MergeSide & { spaceId: string; text: string };
}

/** "Merge into…" on an open initiative's page, for managers: opens the merge dialog. Loaded only for managers. */
export default function MergeAction({ source }: MergeActionProps) {
  const t = initiativeToolsWords.useT();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('merge.open')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <MergeDialog
            source={source}
            onClose={() => setOpen(false)}
            onMerged={() => {
              setOpen(false);
              // The duplicate is now MERGED and points to its target: its page reads it again.
              void client.refetchQueries({ include: ['InitiativePage'] });
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
