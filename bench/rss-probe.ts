// Preloaded (node -r) into each measured process: reports its peak resident memory as it exits.
process.on("exit", () => {
  process.stderr.write(`\nQIPP_BENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
