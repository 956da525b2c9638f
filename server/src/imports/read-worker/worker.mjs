// The entry point of the import's reading worker (./read-in-worker.ts), a child process. It runs plain
// JavaScript, outside jest's transform and whatever loader started the API, so the TypeScript worker is
// loaded through tsx's require hook, which also compiles the modules it imports.
import { fileURLToPath } from 'node:url';
import { require as tsxRequire } from 'tsx/cjs/api';

tsxRequire('./worker.ts', fileURLToPath(import.meta.url));
