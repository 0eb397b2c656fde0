export * from './filter';
export * from './buckets';
export * from './median';
export * from './anomalies';
export * from './store';
