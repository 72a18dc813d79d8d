export * from './applyCaptures';
export * from './captureHandler';
export * from './captureLog';
export * from './indexVersion';
export * from './partnerPatches';
