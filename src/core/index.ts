// The core: the article document, the pipeline and typed errors. Imports nothing outside this folder.
export * from './document.js';
export * from './errors.js';
export * from './pipeline.js';
export * from './paragraphs.js';
