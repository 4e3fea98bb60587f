#!/usr/bin/env bash
# Starts `npm start` as a user would, waits for the preview page, checks it is served, stops it.
set -euo pipefail
log=$(mktemp)
CI=1 npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || kill $pid 2>/dev/null || true; pkill -f "scripts/start.mjs" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  if grep -q "http://localhost:3000/preview.html" "$log" && curl -fsS http://localhost:3000/preview.html >/dev/null 2>&1; then
    curl -fsS http://localhost:3000/preview.html | grep -qi "<div id=\"root\"\|<div id=\"preview\"" || { echo "preview page has no root element"; exit 1; }
    echo "npm start serves the preview: $(grep -o 'http://localhost:3000/preview.html' "$log" | head -1)"
    exit 0
  fi
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "npm start exited early"; exit 1; }
  sleep 1
done
cat "$log"; echo "npm start did not serve the preview within 180 s"; exit 1
