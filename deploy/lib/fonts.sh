# Sourced by .ci/run and deploy/demo.sh. The PDFs fall back to Noto Sans Arabic, Devanagari and CJK for names that
# Liberation Sans cannot print (reports.pdf.FallbackFaces); Debian ships them in two packages, too large for the WAR.
# Without them such names print blank; the tests that read those names back fail.
report_font_packages() {
  local missing=()
  [ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] \
    && [ -f /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf ] || missing+=(fonts-noto-core)
  [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
  echo "${missing[@]}"
}

ensure_report_fonts() {
  local missing
  missing=$(report_font_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing the PDFs' fonts for other scripts: $missing"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null; }
  else
    echo "WARNING: $missing not installed: Arabic, Devanagari and CJK names print blank in PDFs (apt-get install $missing)" >&2
  fi
}
