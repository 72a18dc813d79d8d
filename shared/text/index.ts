export * from './formulaText';
