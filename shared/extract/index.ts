export * from './activityType';
export { MAX_CONTACTS } from './contacts';
export * from './extractPage';
export * from './plainProposal';
export * from './proposal';
export * from './sector';
export * from './thaiProvinces';
