import type { SidebarApi } from './contract';

// A record rather than an array: the compiler then insists that every contract method is listed, once.
const METHODS: Record<keyof SidebarApi, true> = {
  getHome: true,
  searchPartners: true,
  searchContacts: true,
  checkDuplicate: true,
  addRecord: true,
  listAdoptableSheets: true,
  previewImport: true,
  confirmImport: true,
  exportCsv: true,
  getSettings: true,
  saveSettings: true,
  setupOrRepair: true,
  getPairing: true,
  rotatePairingToken: true,
  setWebAppUrl: true,
  searchRecords: true,
  getRecord: true,
  updateRecord: true,
  recordReferences: true,
  deleteRecord: true,
  listSnapshots: true,
  restoreSnapshot: true,
  removePerson: true,
};

/** Every method of the sidebar contract: the sidebar client's calls, the local host's `POST /api/<method>` routes, the add-on's google.script.run targets. */
export const SIDEBAR_METHODS = Object.keys(METHODS) as readonly (keyof SidebarApi)[];
