/**
 * Lists, after the run, every describe block that was skipped, with the reason carried in its
 * title by tests/support/service-gates.ts, so `npm test` says which suites it skipped and why.
 */
class SkippedSuitesReporter {
  onRunComplete(_contexts, results) {
    const skipped = new Set();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status === 'pending' && test.ancestorTitles.length > 0) skipped.add(test.ancestorTitles[0]);
      }
    }
    if (skipped.size === 0) return;
    process.stderr.write('\nSkipped suites:\n');
    for (const title of skipped) process.stderr.write(`  - ${title}\n`);
  }
}
module.exports = SkippedSuitesReporter;
