export * from './rect.mjs';
export * as geometry from './circle.mjs';
export { default as unit } from './rect.mjs';
