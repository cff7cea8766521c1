// @ts-check
const Sequencer = require('@jest/test-sequencer').default;

/**
 * The files that take minutes (the contract fuzz, the browser walks) first, then Jest's own order.
 * On a fresh clone Jest has no timings and orders by file size, which put the contract test, a
 * small file, last: its minutes then ran alone on one worker after the other had finished.
 */
const SLOW_FIRST = [/\/contract\//, /\.browser\.spec\.ts$/];
const rank = (path) => {
  const index = SLOW_FIRST.findIndex((pattern) => pattern.test(path));
  return index === -1 ? SLOW_FIRST.length : index;
};

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return [...ordered].sort((a, b) => rank(a.path) - rank(b.path));
  }
}

module.exports = SlowFirstSequencer;
