// The catalog is split into areas so a window loads only the words it shows (the practice
// window never downloads Settings' words). Every language has one file per area under
// catalogs/<language>/<area>.json. Pure.

export const CATALOG_AREAS = [
  'common',
  'time',
  'errors',
  'practice',
  'phrases',
  'settings',
  'read',
  'history',
  'main',
] as const;
export type CatalogArea = (typeof CATALOG_AREAS)[number];
