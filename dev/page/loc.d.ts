// The product's loc files, imported as ES modules by the page (see spfxLocFiles in vite.config.ts).
// The query keeps TypeScript from resolving the AMD file itself.
declare module '*?spfx-loc' {
  const strings: IDanhGiaStrings;
  export default strings;
}
