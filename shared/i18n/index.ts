export * from './language';
export * from './reason';
