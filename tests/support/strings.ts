// The real loc files, as SharePoint would load them for a Vietnamese or an English page.
/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-var-requires */
export const vi: IDanhGiaStrings = require('../../src/components/loc/vi-vn.js');
export const en: IDanhGiaStrings = require('../../src/components/loc/en-us.js');
