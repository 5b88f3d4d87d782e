export * from './values';
export * from './fields';
export * from './describe';
export * from './bulk';
