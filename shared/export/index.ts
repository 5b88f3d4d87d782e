export * from './neutralise';
export * from './labels';
export * from './context';
export * from './register-table';
export * from './registers';
export * from './workbook';
export * from './activity-register';
