/**
 * Setup file of the `e2e-two-source` Jest project: the browser suite again, on the two-source
 * fixture seed (the article plus a short note), with screenshots named apart from the real seed's.
 */
const path = require('node:path');

process.env.WHOSAID_SEED_DIR = path.join(__dirname, '..', 'fixtures', 'two-source-seed');
process.env.E2E_SCREENSHOT_SUFFIX = '.two-source';
