/**
 * Preloaded into every benchmarked Node process (`node --import bench/rss-hook.js …`): at exit it
 * writes the process's peak memory (max RSS, worker threads included) and CPU time to the file
 * named by BENCH_RSS_FILE, so a phase run through the real CLI is measured without changing it.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', (code) => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        code,
        maxRssMB: Math.round(u.maxRSS / 1024),
        userSeconds: u.userCPUTime / 1e6,
        systemSeconds: u.systemCPUTime / 1e6,
      }),
    );
  });
}
