// Static export: `next build` renders the pages (server components included) to out/.
export default { output: 'export' };
