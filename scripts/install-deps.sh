#!/bin/sh
# Installs what zonelint needs to build and test, only when it is missing:
# libldns-dev, libidn2-dev (IDNA), libjansson-dev (Route 53 JSON), check
# and pkg-config (found through pkg-config), mandoc (man-page lint),
# pre-commit and git (the hook test), python3, python3-jsonschema (test
# scripts, SARIF validation) and python3-html5lib (the HTML report's
# test).  Uses apt-get, as root or
# through sudo.  Extra packages may be named as arguments.
set -eu

missing=""
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
if command -v pkg-config >/dev/null 2>&1; then
	pkg-config --exists ldns 2>/dev/null || missing="$missing libldns-dev"
	pkg-config --exists libidn2 2>/dev/null || missing="$missing libidn2-dev"
	pkg-config --exists jansson 2>/dev/null || missing="$missing libjansson-dev"
	pkg-config --exists check 2>/dev/null || missing="$missing check libsubunit-dev"
else
	missing="$missing libldns-dev libidn2-dev libjansson-dev check libsubunit-dev"
fi
command -v cc >/dev/null 2>&1 || missing="$missing gcc"
command -v mandoc >/dev/null 2>&1 || missing="$missing mandoc"
command -v pre-commit >/dev/null 2>&1 || missing="$missing pre-commit"
command -v git >/dev/null 2>&1 || missing="$missing git"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
# the SARIF test validates against the schema with jsonschema
python3 -c 'import jsonschema' 2>/dev/null ||
	/usr/bin/python3 -c 'import jsonschema' 2>/dev/null ||
	missing="$missing python3-jsonschema"
# the HTML report's test parses it strictly with html5lib
python3 -c 'import html5lib' 2>/dev/null ||
	/usr/bin/python3 -c 'import html5lib' 2>/dev/null ||
	missing="$missing python3-html5lib"
for cmd in "$@"; do
	case "$cmd" in
	*:*) # command:package, installed when the command is missing
		command -v "${cmd%%:*}" >/dev/null 2>&1 || missing="$missing ${cmd#*:}" ;;
	*) dpkg -s "$cmd" >/dev/null 2>&1 || missing="$missing $cmd" ;;
	esac
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "install-deps: need root to install$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing >/dev/null
