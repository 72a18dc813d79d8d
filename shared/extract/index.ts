export * from './activityType';
export * from './extractPage';
export * from './plainProposal';
export * from './proposal';
export * from './sector';
export * from './thaiProvinces';
