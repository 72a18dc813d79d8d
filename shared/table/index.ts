export * from './appendRows';
export * from './grid';
export * from './messages';
export * from './readTab';
export * from './registerChecks';
export * from './rowsToGrid';
export * from './sheetText';
