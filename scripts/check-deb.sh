#!/bin/sh
# Builds the Debian package with cargo-deb and checks it holds every file
# issue 15 promises: the binary, the man pages, the bash/zsh/fish completions,
# the README and the licence. Prints the package's path and size.
#   scripts/check-deb.sh
set -eu
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null 2>&1 ||
    { echo "check-deb: cargo-deb is missing: cargo install cargo-deb --locked" >&2; exit 1; }
deb=$(cargo deb | tail -n 1)
[ -f "$deb" ] || { echo "check-deb: cargo deb did not print a package path" >&2; exit 1; }
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
missing=0
for path in \
    ./usr/bin/bilan \
    ./usr/share/man/man1/bilan.1.gz \
    ./usr/share/man/man1/bilan-report.1.gz \
    ./usr/share/man/man1/bilan-profiles-show.1.gz \
    ./usr/share/bash-completion/completions/bilan \
    ./usr/share/zsh/vendor-completions/_bilan \
    ./usr/share/fish/vendor_completions.d/bilan.fish \
    ./usr/share/doc/bilan/README.md \
    ./usr/share/doc/bilan/LICENSE \
    ./usr/share/doc/bilan/copyright
do
    if ! printf '%s\n' "$contents" | grep -qxF "$path"; then
        echo "check-deb: $path is not in $deb" >&2
        missing=1
    fi
done
# One man page per committed page, none forgotten by the glob.
pages=$(printf '%s\n' "$contents" | grep -c '^./usr/share/man/man1/.*\.1\.gz$')
[ "$pages" -eq "$(ls man/*.1 | wc -l)" ] ||
    { echo "check-deb: $pages man pages in the package, $(ls man/*.1 | wc -l) in man/" >&2; missing=1; }
[ "$missing" -eq 0 ] || exit 1
echo "check-deb: $deb ($(stat -c %s "$deb") bytes) holds the binary, $pages man pages, completions, README and licence"
