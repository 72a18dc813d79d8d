export * from './base64url';
export * from './limits';
export * from './messages';
export * from './pairing';
export * from './protocol';
export * from './schemas';
export * from './token';
