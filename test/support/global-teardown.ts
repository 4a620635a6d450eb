import { dropDatabase } from '../../api/src/database/database-server';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__redChairTestServer;
  if (!state) return;
  await dropDatabase(state.server.adminUrl, state.template);
  await state.server.stop();
}
