// Vite imports stylesheets for their side effect (the theme and frame CSS in preview.ts).
declare module '*.css';
