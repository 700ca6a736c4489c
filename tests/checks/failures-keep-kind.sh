#!/usr/bin/env bash
# failures_keep_kind: a failure passed on must keep whether it may be retried (util/Result.h).
# Fails, naming file:line, on `Error{x.error()}` and `Error{... + x.error()}`: they copy the message
# and drop Error::retryable, so a busy store would read as a plain failure one layer up. Write
# `return x.failure();` or `x.failure().withMessage(...)` instead.
# Usage: failures-keep-kind.sh <source dir>
set -u
root=${1:?usage: failures-keep-kind.sh <source dir>}
cd "$root" || exit 2
ident='[A-Za-z_][A-Za-z0-9_]*((\.|->)[A-Za-z_][A-Za-z0-9_]*|\(\))*'
if grep -rnE "Error\{(${ident}|[^{};]* \+ ${ident})\.error\(\)\}" core ui app --include='*.cpp' --include='*.h'; then
    echo "failures_keep_kind: the failures above lose their kind; pass them on with failure()." >&2
    exit 1
fi
echo "failures_keep_kind: every failure passed on keeps its kind."
