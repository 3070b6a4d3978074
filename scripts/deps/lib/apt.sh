# Sourced by scripts/deps/*.sh (not run on its own): one way to call apt-get. Non-interactive, sudo when not root,
# waits for other installers' locks (and retries while they hold them), `apt-get update` at most once per script.
export DEBIAN_FRONTEND=noninteractive
_apt_sudo=""
if [ "$(id -u)" -ne 0 ]; then
  _apt_sudo="sudo"
fi
_apt_updated=0

apt_run() {
  for _ in $(seq 1 60); do
    if $_apt_sudo apt-get -o DPkg::Lock::Timeout=60 "$@"; then
      return 0
    fi
    sleep 5
  done
  $_apt_sudo apt-get -o DPkg::Lock::Timeout=60 "$@"
}

apt_update_once() {
  if [ "$_apt_updated" -eq 0 ]; then
    apt_run update -qq
    _apt_updated=1
  fi
}

# apt_install PACKAGE...: updates the package lists once, then installs without recommended extras.
apt_install() {
  apt_update_once
  apt_run install -y -qq --no-install-recommends "$@" >/dev/null
}
