// `kubejobs preview`: the data (pure) and its renderers, apart.
export { previewSchedules, DEFAULT_DAYS, MAX_DAYS } from "./preview-schedules.js";
export type * from "./preview-data.js";
export { renderPreviewText } from "./text.js";
export { renderPreviewHtml } from "./html/render-html.js";
