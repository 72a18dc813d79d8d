export * from './checkpointStore';
export * from './districtList';
export * from './districtSheet';
export * from './readSchool';
export * from './registerReader';
export * from './runDistrictRollup';
