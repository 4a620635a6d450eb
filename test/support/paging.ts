interface Connection {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** Every page of a connection in order, following `endCursor` from the first page until the last. */
export async function allPages<TPage extends Connection>(fetchPage: (after: string | null) => Promise<TPage>): Promise<TPage[]> {
  const pages: TPage[] = [];
  let after: string | null = null;
  do {
    const page: TPage = await fetchPage(after);
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

/** The ids of the nodes of every page, in order. */
export const idsOfPages = (pages: { nodes: { id: string }[] }[]): string[] => pages.flatMap((page) => page.nodes.map((node) => node.id));
