#!/bin/sh
# Writes a fixture journal with the given streetdesk: the kinds of entry the release writes,
# then what `show --json` shows of it, for FixtureJournalTests (a whistle.urged entry needs a
# department a day late and is left to the unit tests). Run once per release:
#   sh Tests/DeskJournalTests/Fixtures/make-fixture.sh .build/debug/streetdesk released-v2
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
name=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../../..
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
j=$work/$name.journal
sd() { "$bin" "$@" --journal "$j"; }
officer() { sd do "$@" --operator 李明 >/dev/null; }
supervisor() { sd do "$@" --operator 赵建国 >/dev/null; }

sd init --profile "$root/Sources/DeskDemo/Resources/demo-street.yaml" >/dev/null
officer intake --type complaint --category env.garbage --grid 001001 --summary 3号楼垃圾无人清运 --phone 13800001111
officer intake --type help --category utilities.no-water --grid 002001 --summary 停水两天 --phone 13900002222
officer intake --type complaint --category env.garbage --grid 001001 --summary （重复）3号楼垃圾 --phone 13700003333
officer intake --type complaint --category env.garbage --grid 003001 --summary 巡查发现垃圾 --source patrol
officer intake --type complaint --category env.garbage --grid 004001 --summary 不属本街道 --phone 13600004444
officer merge C0003 --into C0001
officer route C0001 --outcome handle
officer contact C0001 --note 已联系
officer resolve C0001 --note 已清运
officer feedback C0001 --note 已告知
officer callback C0001 --solved no --satisfaction unsatisfied
supervisor reopen C0001 --reason 回访未解决
officer resolve C0001 --outcome unsolvable --note 涉及规划调整，暂不具备条件
officer feedback C0001 --note 已说明原因
officer callback C0001 --solved no --satisfaction basically
officer close C0001
officer route C0002 --outcome coordinate --department water --department housing
officer extend C0002 --by 2d --reason 需协调两个部门
supervisor reject C0002 --reason 先按原时限办理
officer extend C0002 --by 1d --reason 仍需协调
supervisor approve C0002
officer return C0005 --rule 职责清单第3项 --reason 属市级事权
supervisor approve C0005
officer whistle --case C0002 --type routine --department water --department housing
officer report-in W0001 --department water --person 王队长
officer refuse W0001 --department housing --reason 非本部门职责
officer dispatch --summary 占道经营 --grid 001002 --place 3号楼北侧 --lead urban-enforce
officer unit-status D0001 --department urban-enforce --status en-route
officer patrol --grid 001003 --stage problem --summary 井盖缺失
officer handover --note 在办工单已交接 --to 王静
supervisor urge C0002 --note 加快办理
supervisor reveal-phone C0002 --reason 回访核实
officer rate-utility --department water --score 4 --rater resident
# Format 3: the handover acknowledged, corrections, the hotline centre's orders and evaluation.
sd do acknowledge --operator 王静 >/dev/null
officer recategorize C0004 --category utilities.no-water --reason 实为停水
officer withdraw-refusal W0001 --department housing --reason 记错部门
officer evaluation C0002 --responded yes --solved yes --satisfaction satisfied
sd import orders "$root/docs/samples/orders.csv" --operator 李明 >/dev/null
# Format 4: themes tagged and untagged, Open311 service requests.
officer tag C0002 --theme heating
officer tag C0004 --theme old-estates
officer untag C0004 --theme old-estates
sd import open311 "$root/docs/samples/open311-requests.json" --operator 李明 >/dev/null
rm -f "$here/$name.journal"
sqlite3 "$j" ".backup '$here/$name.journal'"   # the whole file, write-ahead log included
"$bin" show --journal "$j" --json --as-of "$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)" > "$here/$name.show.json"
"$bin" verify --journal "$here/$name.journal"
rm -f "$here/$name.journal-wal" "$here/$name.journal-shm"
