#!/usr/bin/env bash
# failures_keep_kind: a failure passed on must keep whether it may be retried (util/Result.h).
# Fails, naming file:line, on `Error{x.error()}` and `Error{... + x.error()}`: they copy the message
# and drop Error::retryable, so a busy store would read as a plain failure one layer up. Write
# `return x.failure();` or `x.failure().withMessage(...)` instead. Also on `Error{..., x.isRetryable()}`:
# it keeps `retryable` but drops the other kinds (Error::refused, Error::needsPassword).
# Usage: failures-keep-kind.sh <source dir>
set -u
root=${1:?usage: failures-keep-kind.sh <source dir>}
cd "$root" || exit 2
ident='[A-Za-z_][A-Za-z0-9_]*((\.|->)[A-Za-z_][A-Za-z0-9_]*|\(\))*'
copied_kind="Error\\{(${ident}|[^{};]* \\+ ${ident})\\.error\\(\\)\\}"
# Across lines: the message on one, ", x.isRetryable()}" on the next.
only_retryable="(Error\\{.*|^\\s*)${ident}\\.isRetryable\\(\\)\\}"
if grep -rnE "${copied_kind}|${only_retryable}" core ui app --include='*.cpp' --include='*.h'; then
    echo "failures_keep_kind: the failures above lose their kind; pass them on with failure()." >&2
    exit 1
fi
echo "failures_keep_kind: every failure passed on keeps its kind."
