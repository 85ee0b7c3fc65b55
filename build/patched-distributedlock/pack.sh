#!/usr/bin/env bash
# Rebuilds build/local-feed/patched.distributedlock.postgres.1.3.3.nupkg from the nuspec beside this script.
# A .nupkg is a zip holding the nuspec and OPC part metadata; no code is packed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../local-feed/patched.distributedlock.postgres.1.3.3.nupkg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/Patched.DistributedLock.Postgres.nuspec" "$work/"
mkdir -p "$work/_rels"
cat > "$work/[Content_Types].xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default Extension="nuspec" ContentType="application/octet" /></Types>
XML
cat > "$work/_rels/.rels" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/Patched.DistributedLock.Postgres.nuspec" Id="R1" /></Relationships>
XML
rm -f "$out"
(cd "$work" && python3 -c "
import zipfile,os
with zipfile.ZipFile('$out','w',zipfile.ZIP_DEFLATED) as z:
    for f in ['[Content_Types].xml','_rels/.rels','Patched.DistributedLock.Postgres.nuspec']:
        z.write(f)
")
echo "wrote $out"
