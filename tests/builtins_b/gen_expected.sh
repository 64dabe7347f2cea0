#!/bin/sh
# Regenerate the expected output of every js_cases/*.js with node (v20).
cd "$(dirname "$0")/js_cases" && for f in *.js; do node "$f" > "${f%.js}.out" 2>&1; done
