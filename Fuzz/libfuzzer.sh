#!/bin/sh
# By hand: libFuzzer (swiftc -sanitize=fuzzer) on the core's parsers — journal payloads, spans and
# times, action lines, street profiles — for as long as you like. CI runs the seeded harnesses in
# Tests/DeskUITests/Fuzz instead. Usage: Fuzz/libfuzzer.sh [SECONDS]   (default 60)
# A crash leaves its input as crash-* in .build/libfuzzer/; replay it with
# .build/libfuzzer/fuzz-desk CRASH-FILE, then make it a named test.
set -eu
cd "$(dirname "$0")/.."
[ -d .build/checkouts/Yams ] || swift package resolve
out=.build/libfuzzer
yams=.build/checkouts/Yams/Sources
mkdir -p "$out/corpus" "$out/objects"
( cd "$out/objects" && clang -c -O1 -fsanitize=fuzzer-no-link -I "../../../$yams/CYaml/include" ../../../"$yams"/CYaml/src/*.c )
swiftc -O -sanitize=fuzzer -parse-as-library -emit-library -static -module-name Yams -emit-module -D SWIFT_PACKAGE \
    -emit-module-path "$out/Yams.swiftmodule" -I "$yams/CYaml/include" "$yams"/Yams/*.swift -o "$out/libYams.a"
swiftc -O -sanitize=fuzzer -parse-as-library -emit-library -static -module-name DeskCore -emit-module \
    -emit-module-path "$out/DeskCore.swiftmodule" -I "$out" -I "$yams/CYaml/include" $(find Sources/DeskCore -name '*.swift') \
    -o "$out/libDeskCore.a"
swiftc -O -sanitize=fuzzer -parse-as-library -I "$out" -I "$yams/CYaml/include" Fuzz/Harness.swift \
    "$out/libDeskCore.a" "$out/libYams.a" "$out"/objects/*.o -o "$out/fuzz-desk"
# Seeds: the demo street (parser 3) and the kinds of entry, as a dictionary.
{ printf '\003'; cat Sources/DeskDemo/Resources/demo-street.yaml; } > "$out/corpus/demo-street"
printf '\002extend C0001 --by 2d --reason x' > "$out/corpus/extend"
printf '\001%s' '2026-11-27 14:00' > "$out/corpus/time"
grep -o 'case "[a-z.-]*"' Sources/DeskCore/Events/DeskEvent.swift | sed 's/case //' > "$out/kinds.dict"
cd "$out" && ./fuzz-desk -max_total_time="${1:-60}" -dict=kinds.dict -artifact_prefix=./ corpus
