#!/bin/sh
# Derives the refused-*.xml fixtures from klein.xml, one defect each. Run after re-recording klein.xml
# (NOABER_RECORD=1 swift test --filter NoaberFormatsTests), then check the messages in SessionXMLRefusalTests.
set -eu
cd "$(dirname "$0")"
K=klein.xml
sed 's/<step-closed seq="7"/<step-shut seq="7"/' $K > refused-schema.xml
sed 's/<step-closed seq="7"/<step-closed seq="8"/' $K > refused-sequence-gap.xml
sed 's/id="i3" participant="p1"/id="i3" participant="p9"/' $K > refused-unknown-participant.xml
sed '0,/present="true"/s//present="false"/' $K > refused-tampered-result.xml
sed 's/kendall-w="0.75"/kendall-w="0.9"/' $K > refused-tampered-agreement.xml
sed 's/<count item="vrijheid" votes="2"/<count item="vrijheid" votes="3"/' $K > refused-tampered-tally.xml
# Swap the two items of the first tier.
awk '/<tier place="1">/ { print; getline a; getline b; print b; print a; next } { print }' $K > refused-tampered-order.xml
sed 's/seq="6" time="2026-11-25T19:06:00.000Z"/seq="6" time="2026-11-25T19:04:30.000Z"/' $K > refused-time-back.xml
sed 's/seq="6" time="2026-11-25T19:06:00.000Z"/seq="6" time="2026-02-30T19:06:00.000Z"/' $K > refused-impossible-date.xml
sed '1,2s/scenario-version="1.2">/scenario-version="2.0">/' $K > refused-scenario-version.xml
sed '1a <!DOCTYPE session [<!ENTITY lol "lol">]>' $K > refused-doctype.xml
head -n 39 $K > refused-truncated.xml
# A scenario inside a session file is not checked by the scenario loader: the engine must refuse a duplicate id.
sed 's/<item id="gelijkheid">Gelijkheid<\/item>/<item id="vrijheid">Gelijkheid<\/item>/' $K > refused-duplicate-item.xml
# Aggregates from a newer version of the methods than this Noaber has.
sed 's/<results methods-version="[0-9]*">/<results methods-version="99">/' $K > refused-newer-methods.xml
for f in refused-*.xml; do
    if cmp -s $K "$f"; then echo "$f did not change" >&2; exit 1; fi
done
