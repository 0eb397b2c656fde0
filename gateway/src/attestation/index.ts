export * from './issuers';
export * from './routes';
export * from './subgraph';
