export * from './thaiSearch';
