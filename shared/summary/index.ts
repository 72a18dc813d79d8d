export * from './networkFormulas';
export * from './summaryGrid';
export * from './summaryText';
