export * from './columns';
export * from './entities';
export * from './plan';
export * from './problems';
export * from './read-file';
export * from './template';
export * from './preview';
export * from './format';
