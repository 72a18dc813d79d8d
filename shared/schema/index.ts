export * from './columnLookup';
export * from './columns';
export * from './enumLookup';
export * from './enums';
export * from './headerText';
export * from './tabs';
