import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { MarkdownPreviewDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import { TextArea } from '../../ui/TextField';
import { MarkdownTabs } from './MarkdownTabs';

function Draft() {
  const [text, setText] = useState('');
  return (
    <MarkdownTabs id="draft" markdown={text}>
      <TextArea id="draft" label="Description" value={text} onChange={(event) => setText(event.target.value)} />
    </MarkdownTabs>
  );
}

describe('MarkdownTabs', () => {
  it('shows the server’s rendering of the draft under Preview, and the field again under Write', async () => {
    const user = userEvent.setup();
    renderPage(<Draft />, {
      path: '/',
      url: '/',
      mocks: [
        {
          request: { query: MarkdownPreviewDocument, variables: { markdown: '**Bold** <script>x</script>' } },
          result: { data: { markdownPreview: '<p><strong>Bold</strong> &lt;script&gt;x&lt;/script&gt;</p>' } },
        },
      ],
    });
    expect(screen.getByRole('tablist', { name: 'Write or preview' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(await screen.findByText('Nothing to preview yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Write' }));
    await user.click(screen.getByRole('textbox', { name: 'Description' }));
    await user.paste('**Bold** <script>x</script>');
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(screen.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
    const bold = await screen.findByText('Bold');
    expect(bold.tagName).toBe('STRONG');
    expect(screen.getByRole('tabpanel', { name: 'Preview' })).toHaveTextContent('Bold <script>x</script>');
    expect(screen.queryByRole('textbox', { name: 'Description' })).not.toBeInTheDocument(); // hidden while previewing

    // Arrow keys move between the tabs (the ARIA tabs pattern).
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Write' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('**Bold** <script>x</script>');
  });
});
