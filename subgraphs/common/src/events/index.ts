export * from './topics';
export * from './outbox';
export * from './bus';
export * from './relay';
export * from './delivery';
