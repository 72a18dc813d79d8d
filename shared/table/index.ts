export * from './appendRows';
export * from './grid';
export * from './messages';
export * from './readTab';
export * from './rowsToGrid';
export * from './sheetText';
