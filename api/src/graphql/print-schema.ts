import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import type { Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { SCALARS_MAP } from '../common/date-time.scalar';
import { FEATURE_MODULES } from '../features';

/** What @Resolver() marks a class with (@nestjs/graphql's RESOLVER_NAME_METADATA, not exported). */
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

/** Every resolver the feature modules provide (and the modules they import); `schema.int-spec.ts` checks the running app serves this schema. */
export function resolversOf(modules: readonly Type[]): Type[] {
  const seen = new Set<Type>();
  const resolvers = new Set<Type>();
  const visit = (module: Type) => {
    if (seen.has(module)) return;
    seen.add(module);
    for (const provider of (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? []) as unknown[]) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_NAME_METADATA, provider)) resolvers.add(provider as Type);
    }
    for (const imported of (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []) as unknown[]) {
      if (typeof imported === 'function') visit(imported as Type);
    }
  };
  modules.forEach(visit);
  return [...resolvers];
}

/** Prints the code-first schema without a database, for the web app's codegen and for review. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(resolversOf(FEATURE_MODULES), { scalarsMap: SCALARS_MAP });
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: print-schema <file>\n');
    process.exit(2);
  }
  buildSchemaSdl()
    .then((sdl) => writeFileSync(target, sdl))
    .catch((error: unknown) => {
      process.stderr.write(`could not print the schema: ${String(error)}\n`);
      process.exit(1);
    });
}
