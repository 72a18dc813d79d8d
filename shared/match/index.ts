export * from './matchPartner';
export * from './messages';
export * from './organisationName';
export * from './partnerIndex';
export * from './personName';
export * from './sharedDomains';
export * from './siteKey';
