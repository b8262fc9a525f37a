// The assembled pipelines.
export { createDefaultPipeline } from './default.js';
