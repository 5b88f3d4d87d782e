export * from './aggregator';
export * from './columns';
export * from './limits';
export * from './read-declarations';
export * from './template';
