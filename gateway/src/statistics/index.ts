export * from './export-csv';
