#!/usr/bin/env bash
# What `cmake --install` puts on a learner's machine, checked as a distribution would check it:
# every file in its place, and the desktop file, the AppStream metainfo and the man pages
# passing their validators without a word.
#   check-install.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -uo pipefail
build=$1 source=$2 version=$3 id=$4
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

if ! cmake --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1; then
    cat "$prefix.log"; rm -f "$prefix.log"; echo "FAIL: cmake --install"; exit 1
fi
rm -f "$prefix.log"

# Files a desktop looks for, in the places GNUInstallDirs gives them.
share=$prefix/share
expected=(
    bin/portdeck bin/portdeck-cli
    share/applications/$id.desktop share/metainfo/$id.metainfo.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/man/man1/portdeck.1 share/man/man1/portdeck-cli.1
    share/portdeck/translations/portdeck_de.qm
    share/doc/portdeck/LICENSE
)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for f in "${expected[@]}"; do
    [[ -s "$prefix/$f" ]] || fail "missing $f"
done
for f in bin/portdeck bin/portdeck-cli; do [[ -x "$prefix/$f" ]] || fail "$f is not executable"; done

# Each PNG is square at its size: the width and height sit in the IHDR chunk, bytes 16-23.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}'; }
for size in "${sizes[@]}"; do
    png=$share/icons/hicolor/${size}x${size}/apps/$id.png
    [[ -s "$png" ]] || continue
    [[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' ')" == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
    [[ "$(png_size "$png")" == "${size}x${size}" ]] || fail "$png is $(png_size "$png"), not ${size}x${size}"
done
pass "installed files"

# The validators say nothing but success.
out=$(desktop-file-validate "$share/applications/$id.desktop" 2>&1)
[[ -z "$out" ]] && pass "desktop-file-validate" || fail "desktop-file-validate: $out"
out=$(appstreamcli validate --no-net --pedantic "$share/metainfo/$id.metainfo.xml" 2>&1 | grep -v '^\s*$')
[[ "$out" == "✔ Validation was successful." ]] && pass "appstreamcli validate" || fail "appstreamcli validate: $out"
for page in portdeck portdeck-cli; do
    out=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$share/man/man1/$page.1" 2>&1)
    [[ -z "$out" ]] && pass "groff -ww $page.1" || fail "groff warns on $page.1: $out"
done

# One name for the app everywhere: the desktop file, the icon, the metainfo and the binary.
grep -qx "Icon=$id" "$share/applications/$id.desktop" || fail "the desktop file's Icon is not $id"
grep -q "<id>$id</id>" "$share/metainfo/$id.metainfo.xml" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo does not launch $id.desktop"
[[ $(strings -el "$prefix/bin/portdeck" | grep -cx "$id") -gt 0 ]] || fail "portdeck does not set its desktop file name to $id"

# The version is the same in the build, the metainfo's newest release and the man pages.
newest=$(grep -o '<release version="[^"]*"' "$share/metainfo/$id.metainfo.xml" | head -1 | cut -d'"' -f2)
[[ "$newest" == "$version" ]] || fail "the metainfo's newest release is $newest, the build is $version"
for page in portdeck portdeck-cli; do
    grep -q "^\.TH .*\"Portdeck $version\"" "$share/man/man1/$page.1" || fail "$page.1 is not for Portdeck $version"
done
for program in portdeck portdeck-cli; do
    out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$program" --version 2>/dev/null)
    [[ "$out" == "$program $version"* && "$out" == *GPL-3.0-or-later* ]] || fail "$program --version: $out"
done
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo names another licence"
pass "names, versions and licence agree"

# The metainfo's screenshots are pictures of the real pages, kept in resources/screenshots/
# (made by scripts/screenshots) and published under the project's address.
for url in $(grep -o '<image>[^<]*</image>' "$share/metainfo/$id.metainfo.xml" | sed 's/<[^>]*>//g'); do
    [[ -s "$source/resources/screenshots/$(basename "$url")" ]] \
        || fail "the screenshot $url is not in resources/screenshots/"
done
pass "screenshots"

# Every option and command that --help shows is in the man page.
man_text() { LC_ALL=C.UTF-8 groff -man -Tutf8 -P-cbou "$1" 2>/dev/null; }
for program in portdeck portdeck-cli; do
    help=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$program" --help 2>&1)
    text=$(man_text "$share/man/man1/$program.1")
    for option in $(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u); do
        [[ "$option" == --help-all ]] && continue
        grep -qF -- "$option" <<<"$text" || fail "$program.1 does not mention $option"
    done
done
help=$("$prefix/bin/portdeck-cli" --help 2>&1)
for command in $(sed -n '/^Commands:/,/^$/p' <<<"$help" | grep -oE '^  [a-z]+( check)?' | sed 's/^  //' | tr ' ' '_'); do
    grep -qF -- "${command//_/ }" <<<"$(man_text "$share/man/man1/portdeck-cli.1")" \
        || fail "portdeck-cli.1 does not describe ${command//_/ }"
done
pass "man pages cover --help"

echo "$failures failed"
exit $(( failures > 0 ))
