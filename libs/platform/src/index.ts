export * from './domain-error';
export * from './common-errors';
export * from './clock';
export * from './locale';
export * from './actor';
export * from './page-cursor';
