declare module 'virtual:model' {
  /** The build's compact model (src/build/compactModel.ts); read it with `hydrateModel`. */
  const model: import('./hydrateModel.ts').CompactModel;
  export default model;
}
