export * from './networkFormulas';
export * from './summaryGrid';
export * from './summaryText';
export * from './summaryValues';
