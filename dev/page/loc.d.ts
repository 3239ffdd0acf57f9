// The product's loc files, imported as ES modules by the page (see spfxLocFiles in vite.config.ts).
declare module '*/loc/vi-vn.js' {
  const strings: IDanhGiaStrings;
  export default strings;
}
declare module '*/loc/en-us.js' {
  const strings: IDanhGiaStrings;
  export default strings;
}
