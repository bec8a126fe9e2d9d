declare module 'virtual:slides' {
  const slides: readonly import('./slideDoc.ts').SlideDoc[];
  export default slides;
}
