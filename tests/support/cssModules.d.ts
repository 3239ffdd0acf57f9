// The SPFx build writes a typed `X.module.scss.ts` beside each stylesheet; before any build (a fresh
// clone's type check) this declaration stands in for it.
declare module '*.module.scss' {
  const styles: { readonly [className: string]: string };
  export default styles;
}
