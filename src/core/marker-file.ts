// The file `new` writes at the root of every generated project and `review` reads to know what it
// is testing: its name alone, so that review does not load the scaffolding code for it.
export const MARKER_FILE = 'backend-roadmap.json';
