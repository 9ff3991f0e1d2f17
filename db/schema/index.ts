export * from './units';
export * from './fields';
export * from './users';
export * from './talents';
export * from './achievements';
export * from './honours';
export * from './search';
