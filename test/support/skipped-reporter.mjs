// A test-runner reporter that names every skipped test, per browser, with its reason, so that no engine skips
// a test silently. Tests skipped for a known limit of an engine carry "[skipped in <engine>: <reason>]" in
// their own or their suite's title (test/support/commands.ts itWhere/describeWhere); a skip without such a
// reason is printed by its full name.
const REASON = /\[skipped in [^\]]+\]/;

function* skippedTests(suite, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) if (test.skipped) yield [...here, test.name];
  for (const child of suite.suites ?? []) yield* skippedTests(child, here);
}

export function skippedReporter() {
  return {
    reportTestFileResults({ logger, sessionsForTestFile, testFile }) {
      const lines = [];
      for (const session of sessionsForTestFile) {
        if (!session.testResults) continue;
        const byReason = new Map();
        for (const path of skippedTests(session.testResults)) {
          const withReason = path.findIndex((title) => REASON.test(title));
          const key = withReason >= 0 ? path.slice(0, withReason + 1).join(' › ') : `${path.join(' › ')} [no reason given]`;
          byReason.set(key, (byReason.get(key) ?? 0) + 1);
        }
        for (const [title, count] of byReason) {
          lines.push(`   ${session.browser.name}: skipped ${count === 1 ? '1 test' : `${count} tests`}: ${title}`);
        }
      }
      if (lines.length > 0) logger.log(`${testFile.replace(`${process.cwd()}/`, '')}:\n${lines.join('\n')}`);
    },
  };
}
