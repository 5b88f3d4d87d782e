export * from './criteria';
export * from './decision-option';
export * from './decision';
export * from './references';
