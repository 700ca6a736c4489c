#!/usr/bin/env bash
# Tries the README as a newcomer would, on a minimal Debian 12 made with debootstrap (nothing else
# installed), from a clone of the current commit without the folder ../shared:
#   scripts/fresh-check.sh         the run command (window rendered offscreen with --screenshot),
#                                  then the test command; prints each one's outcome and time
#   scripts/fresh-check.sh --deb   builds the .deb here (scripts/package.sh), installs it with apt
#                                  into a fresh root and starts the installed pardesk with --screenshot
# Run as root. Slow (a full set-up and build); not part of CI. The minimal root is made once and kept
# as a tarball (FRESH_CACHE); every run unpacks a new root from it (FRESH_ROOT, removed at the end
# unless FRESH_KEEP=1). The root uses this machine's apt sources and settings.
# FRESH_CCACHE=1 lends the root this machine's compiler cache (same compiler, same relative paths):
# the set-up is checked as fully, the build is quicker, and its time is no longer a fresh machine's.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
mode=source
[ "${1:-}" = --deb ] && mode=deb
[ "$(id -u)" = 0 ] || { echo "fresh-check: run as root (debootstrap and chroot need it)" >&2; exit 2; }

cache=${FRESH_CACHE:-/var/tmp/pardesk-fresh-minbase.tar}
root=${FRESH_ROOT:-/var/tmp/pardesk-fresh-root}
log_dir=${FRESH_LOGS:-/var/tmp/pardesk-fresh-logs}
mkdir -p "$log_dir"

if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

# The Debian mirror this machine's apt uses (deb822 .sources or the classic sources.list).
mirror() {
    local uri
    uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1 || true)
    [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    echo "${uri%% *}"
}

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    if [ "${FRESH_KEEP:-0}" != 1 ] && [ -d "$root" ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

if [ ! -f "$cache" ]; then
    echo "== debootstrap --variant=minbase bookworm (once; kept in $cache)"
    rm -rf --one-file-system "$root.bootstrap"
    debootstrap --variant=minbase bookworm "$root.bootstrap" "$(mirror)" >"$log_dir/debootstrap.log" 2>&1 ||
        { tail -20 "$log_dir/debootstrap.log" >&2; exit 1; }
    tar -C "$root.bootstrap" -cf "$cache.part" . && mv "$cache.part" "$cache"
    rm -rf --one-file-system "$root.bootstrap"
fi

rm -rf --one-file-system "$root"
mkdir -p "$root"
tar -C "$root" -xf "$cache"
# The same package sources and apt settings as this machine, and its name resolution.
rm -f "$root"/etc/apt/sources.list
cp -a /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/" 2>/dev/null || true
find "$root/etc/apt/sources.list.d" -name '*.disabled*' -delete
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/"
cp -a /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
for fs in proc sys dev dev/pts; do
    mkdir -p "$root/$fs"
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
done

if [ "${FRESH_CCACHE:-0}" = 1 ]; then
    cache_dir=$(ccache -k cache_dir 2>/dev/null || echo "$HOME/.cache/ccache")
    mkdir -p "$root/root/.cache/ccache" "$root/root/.config/ccache"
    mount --bind "$cache_dir" "$root/root/.cache/ccache"
    mounted+=("$root/root/.cache/ccache")
    # Relative to /root, the clone's paths are those of a work tree under base_dir here; the
    # compiler is compared by content, since the root's copy has another modification time.
    printf 'base_dir = /root\nhash_dir = false\ncompiler_check = content\ncache_dir = /root/.cache/ccache\n' \
        >"$root/root/.config/ccache/ccache.conf"
fi

in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# Runs one step in the root, prints its outcome and time, keeps its output in the log folder.
status=0
step() {
    local name=$1
    shift
    local start end rc
    start=$(date +%s)
    set +e
    in_root /bin/bash -c "$*" >"$log_dir/$name.log" 2>&1
    rc=$?
    set -e
    end=$(date +%s)
    if [ $rc = 0 ]; then
        printf '%-12s passed in %d min %02d s (load average %s)\n' "$name" $(((end - start) / 60)) $(((end - start) % 60)) "$(cut -d' ' -f1-3 /proc/loadavg)"
    else
        printf '%-12s FAILED (exit %d) after %d min %02d s; last lines of %s:\n' "$name" $rc $(((end - start) / 60)) $(((end - start) % 60)) "$log_dir/$name.log"
        tail -25 "$log_dir/$name.log" | sed 's/^/    /'
        status=1
    fi
    return 0
}

# A picture that is a rendered window: a PNG of a plausible size.
check_screenshot() {
    local file=$root/tmp/fresh-window.png
    if [ -s "$file" ] && file "$file" | grep -q 'PNG image data'; then
        echo "screenshot   $(file -b "$file" | cut -d, -f2 | xargs) ($file kept as $log_dir/window.png)"
        cp "$file" "$log_dir/window.png"
    else
        echo "screenshot   MISSING: the window did not render"
        status=1
    fi
}

commit=$(git rev-parse HEAD)
echo "== fresh Debian 12 (minbase) root in $root; commit $commit"
if [ $mode = source ]; then
    # A clone of the current commit, without ../shared: what a newcomer outside this office has.
    git clone -q --no-hardlinks "$repo" "$root/root/pardesk"
    git -C "$root/root/pardesk" checkout -q "$commit"
    step run-command "cd /root/pardesk && QT_QPA_PLATFORM=offscreen scripts/run.sh --screenshot /tmp/fresh-window.png"
    check_screenshot
    step test-command "cd /root/pardesk && scripts/test.sh"
    grep -E 'tests passed|tests failed|Total Test time' "$log_dir/test-command.log" | sed 's/^/    /' || true
    # Everything installed and built: the commands again must touch neither apt nor the network.
    step run-again "cd /root/pardesk && mv /usr/bin/apt-get /usr/bin/apt-get.off && QT_QPA_PLATFORM=offscreen scripts/run.sh --screenshot /tmp/fresh-window.png; rc=\$?; mv /usr/bin/apt-get.off /usr/bin/apt-get; exit \$rc"
else
    echo "== building the package here (scripts/package.sh)"
    scripts/package.sh >"$log_dir/package.log" 2>&1 || { tail -25 "$log_dir/package.log" >&2; exit 1; }
    deb=$(ls -t build-release/pardesk_*.deb | head -1)
    cp "$deb" "$root/tmp/"
    step install-deb "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb")"
    step start "cd /tmp && QT_QPA_PLATFORM=offscreen pardesk --screenshot /tmp/fresh-window.png && pardesk --version && pardesk-cli --version"
    check_screenshot
    grep -E '^pardesk' "$log_dir/start.log" | sed 's/^/    /' || true
fi
exit $status
