export * from './sm2';
export * from './key-directory';
export * from './format';
export * from './verify';
export * from './revocations';
export * from './issue';
export * from './recognition';
