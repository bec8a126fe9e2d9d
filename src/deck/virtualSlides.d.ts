declare module 'virtual:slides' {
  const slides: readonly import('./slideDoc.ts').SlideDoc[];
  export default slides;
}

/** The deck's sections after the first, as HTML, pre-rendered by the build (src/build/slidesPlugin.ts). */
declare module 'virtual:later-slides' {
  const html: string;
  export default html;
}
