export * from './roles';
export * from './spaces';
export * from './initiatives';
export * from './users';
export * from './errors';
export * from './status';
export * from './recognition';
export * from './mail';
