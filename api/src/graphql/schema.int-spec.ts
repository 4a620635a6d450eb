import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { TestApp } from '../../../test/support/test-app';
import { buildSchemaSdl } from './print-schema';

describe('api/schema.gql', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  it('is exactly the schema the running app serves (every resolver is listed for printing)', async () => {
    const served = `${printSchema(lexicographicSortSchema(app.app.get(GraphQLSchemaHost).schema))}\n`;
    expect(await buildSchemaSdl()).toBe(served);
  });

  it('is committed up to date', async () => {
    expect(readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8')).toBe(await buildSchemaSdl());
  });
});
