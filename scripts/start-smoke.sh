#!/usr/bin/env bash
# Starts `npm start` as a user would, waits for the preview page, checks it is served, stops it.
set -euo pipefail
log=$(mktemp)
# Its own session, so that stopping it stops the dev server it started and nothing else.
CI=1 setsid npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  if grep -q "http://localhost:3000/preview.html" "$log" && curl -fsS http://localhost:3000/preview.html -o /dev/null 2>/dev/null; then
    curl -fsS http://localhost:3000/preview.html | grep -q '<div id="root">' || { echo "the preview page has no root element"; exit 1; }
    curl -fsS http://localhost:3000/samples/sha-workbook.xlsx -o /dev/null || { echo "the preview's sample workbook is not served"; exit 1; }
    echo "npm start serves the preview at http://localhost:3000/preview.html"
    exit 0
  fi
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "npm start exited early"; exit 1; }
  sleep 1
done
cat "$log"; echo "npm start did not serve the preview within 240 s"; exit 1
