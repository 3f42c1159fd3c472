import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Vitest's default is one worker fewer than the cores, which on a 2-core CI machine runs the
    // files one after another; the end-to-end files wait on Chromium, npm and the disk for much
    // of their time, so two at a time finish sooner even there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
