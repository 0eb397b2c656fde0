// graphql-ws publishes its WebSocket binding only under package "exports" ("graphql-ws/use/ws"),
// which this repository's moduleResolution ("node") does not read; Node itself resolves it.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
