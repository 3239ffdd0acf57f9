import * as path from 'path';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * SPFx loc files are AMD modules (`define([], function () { return {...}; })`); the page imports
 * the very same files, turned into ES modules here.
 */
function spfxLocFiles(): Plugin {
  return {
    name: 'spfx-loc-files',
    transform(code, id) {
      if (!/[\\/]loc[\\/][a-z]{2}-[a-z]{2}\.js\?spfx-loc$/.test(id)) return undefined;
      return {
        code: `let strings;\nconst define = (_deps, factory) => { strings = factory(); };\n${code}\nexport default strings;\n`,
        map: null // eslint-disable-line @rushstack/no-new-null -- vite's "no source map"
      };
    }
  };
}

/**
 * SPFx hands each stylesheet to load-themed-styles, which fills its "[theme:slot, default: value]" tokens
 * with the page's theme (and again when the theme changes). Here each token becomes a CSS variable the
 * page sets from Fluent's current theme (themeTokens.ts), falling back to the same default.
 */
const spfxThemeTokens = {
  postcssPlugin: 'spfx-theme-tokens',
  Declaration(declaration: { value: string }): void {
    declaration.value = declaration.value.replace(/"\[theme:\s*([A-Za-z]+)\s*,\s*default:\s*([^\]"]+?)\s*\]"/g, 'var(--theme-$1, $2)');
  }
};

/** The local page: the web parts' root components, bundled the way SharePoint would host them. */
export default defineConfig({
  root: __dirname,
  base: '/',
  logLevel: 'warn',
  plugins: [spfxLocFiles()],
  resolve: {
    // SPFx's sass imports start with "~" (webpack's "from node_modules").
    alias: [{ find: /^~(.*)$/, replacement: '$1' }]
  },
  css: {
    postcss: { plugins: [spfxThemeTokens] },
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'legacy-js-api'] }
    }
  },
  define: {
    'process.env.NODE_ENV': JSON.stringify('production')
  },
  build: {
    outDir: path.join(__dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // Fluent's "use client" directives mean nothing outside React Server Components.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      }
    }
  },
  server: { fs: { allow: [repoRoot] } }
});
