"""Quality gate: `labourlens eval` through the full pipeline (the same extraction as
`ingest`) on the dev gold, our two gold files and the two hundred and ninety-two held-out sets must stay at or
above the floors in ``tests/eval_floors.json``.

Floors may be raised as extraction improves. They cannot be lowered silently: the
floors for the dev gold and for our gold set may never fall below the targets that
the analysis issue sets for unseen reports (``TARGETS`` below, checked by
``test_floors_never_below_targets``), and every change to the floors file shows in
review. The held-out sets (``tests/heldout*``) were written by people who wrote no rules;
their floors record where we are on text the rules' authors did not write. Those in
``CLEAN_SETS`` have never been read by anyone writing rules; those in ``STUDIED_SETS`` were studied
for failure categories (never for phrases) and are no longer an honest measure."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from labourlens.evaluate import EvalReport, evaluate
from shared_paths import DEV_GOLD

HERE = Path(__file__).parent
FLOORS_FILE = HERE / "eval_floors.json"
SETS = {
    "dev": DEV_GOLD,
    "gold": HERE / "gold" / "gold.jsonl",
    # twelve reports with two to four anonymous sources each, written to study telling sources apart
    "gold_sources": HERE / "gold" / "several_sources.jsonl",
    "heldout": HERE / "heldout" / "gold.jsonl",
    "heldout2": HERE / "heldout2" / "gold.jsonl",
    "heldout3": HERE / "heldout3" / "gold.jsonl",
    "heldout4": HERE / "heldout4" / "gold.jsonl",
    "heldout5": HERE / "heldout5" / "gold.jsonl",
    "heldout6": HERE / "heldout6" / "gold.jsonl",
    "heldout7": HERE / "heldout7" / "gold.jsonl",
    "heldout8": HERE / "heldout8" / "gold.jsonl",
    "heldout9": HERE / "heldout9" / "gold.jsonl",
    "heldout10": HERE / "heldout10" / "gold.jsonl",
    "heldout11": HERE / "heldout11" / "gold.jsonl",
    "heldout12": HERE / "heldout12" / "gold.jsonl",
    "heldout13": HERE / "heldout13" / "gold.jsonl",
    "heldout14": HERE / "heldout14" / "gold.jsonl",
    "heldout15": HERE / "heldout15" / "gold.jsonl",
    "heldout16": HERE / "heldout16" / "gold.jsonl",
    "heldout17": HERE / "heldout17" / "gold.jsonl",
    "heldout18": HERE / "heldout18" / "gold.jsonl",
    "heldout19": HERE / "heldout19" / "gold.jsonl",
    "heldout20": HERE / "heldout20" / "gold.jsonl",
    "heldout21": HERE / "heldout21" / "gold.jsonl",
    "heldout22": HERE / "heldout22" / "gold.jsonl",
    "heldout23": HERE / "heldout23" / "gold.jsonl",
    "heldout24": HERE / "heldout24" / "gold.jsonl",
    "heldout25": HERE / "heldout25" / "gold.jsonl",
    "heldout26": HERE / "heldout26" / "gold.jsonl",
    "heldout27": HERE / "heldout27" / "gold.jsonl",
    "heldout28": HERE / "heldout28" / "gold.jsonl",
    "heldout29": HERE / "heldout29" / "gold.jsonl",
    "heldout30": HERE / "heldout30" / "gold.jsonl",
    "heldout31": HERE / "heldout31" / "gold.jsonl",
    "heldout32": HERE / "heldout32" / "gold.jsonl",
    "heldout33": HERE / "heldout33" / "gold.jsonl",
    "heldout34": HERE / "heldout34" / "gold.jsonl",
    "heldout35": HERE / "heldout35" / "gold.jsonl",
    "heldout36": HERE / "heldout36" / "gold.jsonl",
    "heldout37": HERE / "heldout37" / "gold.jsonl",
    "heldout38": HERE / "heldout38" / "gold.jsonl",
    "heldout39": HERE / "heldout39" / "gold.jsonl",
    "heldout40": HERE / "heldout40" / "gold.jsonl",
    "heldout41": HERE / "heldout41" / "gold.jsonl",
    "heldout42": HERE / "heldout42" / "gold.jsonl",
    "heldout43": HERE / "heldout43" / "gold.jsonl",
    "heldout44": HERE / "heldout44" / "gold.jsonl",
    "heldout45": HERE / "heldout45" / "gold.jsonl",
    "heldout46": HERE / "heldout46" / "gold.jsonl",
    "heldout47": HERE / "heldout47" / "gold.jsonl",
    "heldout48": HERE / "heldout48" / "gold.jsonl",
    "heldout49": HERE / "heldout49" / "gold.jsonl",
    "heldout50": HERE / "heldout50" / "gold.jsonl",
    "heldout51": HERE / "heldout51" / "gold.jsonl",
    "heldout52": HERE / "heldout52" / "gold.jsonl",
    "heldout53": HERE / "heldout53" / "gold.jsonl",
    "heldout54": HERE / "heldout54" / "gold.jsonl",
    "heldout55": HERE / "heldout55" / "gold.jsonl",
    "heldout56": HERE / "heldout56" / "gold.jsonl",
    "heldout57": HERE / "heldout57" / "gold.jsonl",
    "heldout58": HERE / "heldout58" / "gold.jsonl",
    "heldout59": HERE / "heldout59" / "gold.jsonl",
    "heldout60": HERE / "heldout60" / "gold.jsonl",
    "heldout61": HERE / "heldout61" / "gold.jsonl",
    "heldout62": HERE / "heldout62" / "gold.jsonl",
    "heldout63": HERE / "heldout63" / "gold.jsonl",
    "heldout64": HERE / "heldout64" / "gold.jsonl",
    "heldout65": HERE / "heldout65" / "gold.jsonl",
    "heldout66": HERE / "heldout66" / "gold.jsonl",
    "heldout67": HERE / "heldout67" / "gold.jsonl",
    "heldout68": HERE / "heldout68" / "gold.jsonl",
    "heldout69": HERE / "heldout69" / "gold.jsonl",
    "heldout70": HERE / "heldout70" / "gold.jsonl",
    "heldout71": HERE / "heldout71" / "gold.jsonl",
    "heldout72": HERE / "heldout72" / "gold.jsonl",
    "heldout73": HERE / "heldout73" / "gold.jsonl",
    "heldout74": HERE / "heldout74" / "gold.jsonl",
    "heldout75": HERE / "heldout75" / "gold.jsonl",
    "heldout76": HERE / "heldout76" / "gold.jsonl",
    "heldout77": HERE / "heldout77" / "gold.jsonl",
    "heldout78": HERE / "heldout78" / "gold.jsonl",
    "heldout79": HERE / "heldout79" / "gold.jsonl",
    "heldout80": HERE / "heldout80" / "gold.jsonl",
    "heldout81": HERE / "heldout81" / "gold.jsonl",
    "heldout82": HERE / "heldout82" / "gold.jsonl",
    "heldout83": HERE / "heldout83" / "gold.jsonl",
    "heldout84": HERE / "heldout84" / "gold.jsonl",
    "heldout85": HERE / "heldout85" / "gold.jsonl",
    "heldout86": HERE / "heldout86" / "gold.jsonl",
    "heldout87": HERE / "heldout87" / "gold.jsonl",
    "heldout88": HERE / "heldout88" / "gold.jsonl",
    "heldout89": HERE / "heldout89" / "gold.jsonl",
    "heldout90": HERE / "heldout90" / "gold.jsonl",
    "heldout91": HERE / "heldout91" / "gold.jsonl",
    "heldout92": HERE / "heldout92" / "gold.jsonl",
    "heldout93": HERE / "heldout93" / "gold.jsonl",
    "heldout94": HERE / "heldout94" / "gold.jsonl",
    "heldout95": HERE / "heldout95" / "gold.jsonl",
    "heldout96": HERE / "heldout96" / "gold.jsonl",
    "heldout97": HERE / "heldout97" / "gold.jsonl",
    "heldout98": HERE / "heldout98" / "gold.jsonl",
    "heldout99": HERE / "heldout99" / "gold.jsonl",
    "heldout100": HERE / "heldout100" / "gold.jsonl",
    "heldout101": HERE / "heldout101" / "gold.jsonl",
    "heldout102": HERE / "heldout102" / "gold.jsonl",
    "heldout103": HERE / "heldout103" / "gold.jsonl",
    "heldout104": HERE / "heldout104" / "gold.jsonl",
    "heldout105": HERE / "heldout105" / "gold.jsonl",
    "heldout106": HERE / "heldout106" / "gold.jsonl",
    "heldout107": HERE / "heldout107" / "gold.jsonl",
    "heldout108": HERE / "heldout108" / "gold.jsonl",
    "heldout109": HERE / "heldout109" / "gold.jsonl",
    "heldout110": HERE / "heldout110" / "gold.jsonl",
    "heldout111": HERE / "heldout111" / "gold.jsonl",
    "heldout112": HERE / "heldout112" / "gold.jsonl",
    "heldout113": HERE / "heldout113" / "gold.jsonl",
    "heldout114": HERE / "heldout114" / "gold.jsonl",
    "heldout115": HERE / "heldout115" / "gold.jsonl",
    "heldout116": HERE / "heldout116" / "gold.jsonl",
    "heldout117": HERE / "heldout117" / "gold.jsonl",
    "heldout118": HERE / "heldout118" / "gold.jsonl",
    "heldout119": HERE / "heldout119" / "gold.jsonl",
    "heldout120": HERE / "heldout120" / "gold.jsonl",
    "heldout121": HERE / "heldout121" / "gold.jsonl",
    "heldout122": HERE / "heldout122" / "gold.jsonl",
    "heldout123": HERE / "heldout123" / "gold.jsonl",
    "heldout124": HERE / "heldout124" / "gold.jsonl",
    "heldout125": HERE / "heldout125" / "gold.jsonl",
    "heldout126": HERE / "heldout126" / "gold.jsonl",
    "heldout127": HERE / "heldout127" / "gold.jsonl",
    "heldout128": HERE / "heldout128" / "gold.jsonl",
    "heldout129": HERE / "heldout129" / "gold.jsonl",
    "heldout130": HERE / "heldout130" / "gold.jsonl",
    "heldout131": HERE / "heldout131" / "gold.jsonl",
    "heldout132": HERE / "heldout132" / "gold.jsonl",
    "heldout133": HERE / "heldout133" / "gold.jsonl",
    "heldout134": HERE / "heldout134" / "gold.jsonl",
    "heldout135": HERE / "heldout135" / "gold.jsonl",
    "heldout136": HERE / "heldout136" / "gold.jsonl",
    "heldout137": HERE / "heldout137" / "gold.jsonl",
    "heldout138": HERE / "heldout138" / "gold.jsonl",
    "heldout139": HERE / "heldout139" / "gold.jsonl",
    "heldout140": HERE / "heldout140" / "gold.jsonl",
    "heldout141": HERE / "heldout141" / "gold.jsonl",
    "heldout142": HERE / "heldout142" / "gold.jsonl",
    "heldout143": HERE / "heldout143" / "gold.jsonl",
    "heldout144": HERE / "heldout144" / "gold.jsonl",
    "heldout145": HERE / "heldout145" / "gold.jsonl",
    "heldout146": HERE / "heldout146" / "gold.jsonl",
    "heldout147": HERE / "heldout147" / "gold.jsonl",
    "heldout148": HERE / "heldout148" / "gold.jsonl",
    "heldout149": HERE / "heldout149" / "gold.jsonl",
    "heldout150": HERE / "heldout150" / "gold.jsonl",
    "heldout151": HERE / "heldout151" / "gold.jsonl",
    "heldout152": HERE / "heldout152" / "gold.jsonl",
    "heldout153": HERE / "heldout153" / "gold.jsonl",
    "heldout154": HERE / "heldout154" / "gold.jsonl",
    "heldout155": HERE / "heldout155" / "gold.jsonl",
    "heldout156": HERE / "heldout156" / "gold.jsonl",
    "heldout157": HERE / "heldout157" / "gold.jsonl",
    "heldout158": HERE / "heldout158" / "gold.jsonl",
    "heldout159": HERE / "heldout159" / "gold.jsonl",
    "heldout160": HERE / "heldout160" / "gold.jsonl",
    "heldout161": HERE / "heldout161" / "gold.jsonl",
    "heldout162": HERE / "heldout162" / "gold.jsonl",
    "heldout163": HERE / "heldout163" / "gold.jsonl",
    "heldout164": HERE / "heldout164" / "gold.jsonl",
    "heldout165": HERE / "heldout165" / "gold.jsonl",
    "heldout166": HERE / "heldout166" / "gold.jsonl",
    "heldout167": HERE / "heldout167" / "gold.jsonl",
    "heldout168": HERE / "heldout168" / "gold.jsonl",
    "heldout169": HERE / "heldout169" / "gold.jsonl",
    "heldout170": HERE / "heldout170" / "gold.jsonl",
    "heldout171": HERE / "heldout171" / "gold.jsonl",
    "heldout172": HERE / "heldout172" / "gold.jsonl",
    "heldout173": HERE / "heldout173" / "gold.jsonl",
    "heldout174": HERE / "heldout174" / "gold.jsonl",
    "heldout175": HERE / "heldout175" / "gold.jsonl",
    "heldout176": HERE / "heldout176" / "gold.jsonl",
    "heldout177": HERE / "heldout177" / "gold.jsonl",
    "heldout178": HERE / "heldout178" / "gold.jsonl",
    "heldout179": HERE / "heldout179" / "gold.jsonl",
    "heldout180": HERE / "heldout180" / "gold.jsonl",
    "heldout181": HERE / "heldout181" / "gold.jsonl",
    "heldout182": HERE / "heldout182" / "gold.jsonl",
    "heldout183": HERE / "heldout183" / "gold.jsonl",
    "heldout184": HERE / "heldout184" / "gold.jsonl",
    "heldout185": HERE / "heldout185" / "gold.jsonl",
    "heldout186": HERE / "heldout186" / "gold.jsonl",
    "heldout187": HERE / "heldout187" / "gold.jsonl",
    "heldout188": HERE / "heldout188" / "gold.jsonl",
    "heldout189": HERE / "heldout189" / "gold.jsonl",
    "heldout190": HERE / "heldout190" / "gold.jsonl",
    "heldout191": HERE / "heldout191" / "gold.jsonl",
    "heldout192": HERE / "heldout192" / "gold.jsonl",
    "heldout193": HERE / "heldout193" / "gold.jsonl",
    "heldout194": HERE / "heldout194" / "gold.jsonl",
    "heldout195": HERE / "heldout195" / "gold.jsonl",
    "heldout196": HERE / "heldout196" / "gold.jsonl",
    "heldout197": HERE / "heldout197" / "gold.jsonl",
    "heldout198": HERE / "heldout198" / "gold.jsonl",
    "heldout199": HERE / "heldout199" / "gold.jsonl",
    "heldout200": HERE / "heldout200" / "gold.jsonl",
    "heldout201": HERE / "heldout201" / "gold.jsonl",
    "heldout202": HERE / "heldout202" / "gold.jsonl",
    "heldout203": HERE / "heldout203" / "gold.jsonl",
    "heldout204": HERE / "heldout204" / "gold.jsonl",
    "heldout205": HERE / "heldout205" / "gold.jsonl",
    "heldout206": HERE / "heldout206" / "gold.jsonl",
    "heldout207": HERE / "heldout207" / "gold.jsonl",
    "heldout208": HERE / "heldout208" / "gold.jsonl",
    "heldout209": HERE / "heldout209" / "gold.jsonl",
    "heldout210": HERE / "heldout210" / "gold.jsonl",
    "heldout211": HERE / "heldout211" / "gold.jsonl",
    "heldout212": HERE / "heldout212" / "gold.jsonl",
    "heldout213": HERE / "heldout213" / "gold.jsonl",
    "heldout214": HERE / "heldout214" / "gold.jsonl",
    "heldout215": HERE / "heldout215" / "gold.jsonl",
    "heldout216": HERE / "heldout216" / "gold.jsonl",
    "heldout217": HERE / "heldout217" / "gold.jsonl",
    "heldout218": HERE / "heldout218" / "gold.jsonl",
    "heldout219": HERE / "heldout219" / "gold.jsonl",
    "heldout220": HERE / "heldout220" / "gold.jsonl",
    "heldout221": HERE / "heldout221" / "gold.jsonl",
    "heldout222": HERE / "heldout222" / "gold.jsonl",
    "heldout223": HERE / "heldout223" / "gold.jsonl",
    "heldout224": HERE / "heldout224" / "gold.jsonl",
    "heldout225": HERE / "heldout225" / "gold.jsonl",
    "heldout226": HERE / "heldout226" / "gold.jsonl",
    "heldout227": HERE / "heldout227" / "gold.jsonl",
    "heldout228": HERE / "heldout228" / "gold.jsonl",
    "heldout229": HERE / "heldout229" / "gold.jsonl",
    "heldout230": HERE / "heldout230" / "gold.jsonl",
    "heldout231": HERE / "heldout231" / "gold.jsonl",
    "heldout232": HERE / "heldout232" / "gold.jsonl",
    "heldout233": HERE / "heldout233" / "gold.jsonl",
    "heldout234": HERE / "heldout234" / "gold.jsonl",
    "heldout235": HERE / "heldout235" / "gold.jsonl",
    "heldout236": HERE / "heldout236" / "gold.jsonl",
    "heldout237": HERE / "heldout237" / "gold.jsonl",
    "heldout238": HERE / "heldout238" / "gold.jsonl",
    "heldout239": HERE / "heldout239" / "gold.jsonl",
    "heldout240": HERE / "heldout240" / "gold.jsonl",
    "heldout241": HERE / "heldout241" / "gold.jsonl",
    "heldout242": HERE / "heldout242" / "gold.jsonl",
    "heldout243": HERE / "heldout243" / "gold.jsonl",
    "heldout244": HERE / "heldout244" / "gold.jsonl",
    "heldout245": HERE / "heldout245" / "gold.jsonl",
    "heldout246": HERE / "heldout246" / "gold.jsonl",
    "heldout247": HERE / "heldout247" / "gold.jsonl",
    "heldout248": HERE / "heldout248" / "gold.jsonl",
    "heldout249": HERE / "heldout249" / "gold.jsonl",
    "heldout250": HERE / "heldout250" / "gold.jsonl",
    "heldout251": HERE / "heldout251" / "gold.jsonl",
    "heldout252": HERE / "heldout252" / "gold.jsonl",
    "heldout253": HERE / "heldout253" / "gold.jsonl",
    "heldout254": HERE / "heldout254" / "gold.jsonl",
    "heldout255": HERE / "heldout255" / "gold.jsonl",
    "heldout256": HERE / "heldout256" / "gold.jsonl",
    "heldout257": HERE / "heldout257" / "gold.jsonl",
    "heldout258": HERE / "heldout258" / "gold.jsonl",
    "heldout259": HERE / "heldout259" / "gold.jsonl",
    "heldout260": HERE / "heldout260" / "gold.jsonl",
    "heldout261": HERE / "heldout261" / "gold.jsonl",
    "heldout262": HERE / "heldout262" / "gold.jsonl",
    "heldout263": HERE / "heldout263" / "gold.jsonl",
    "heldout264": HERE / "heldout264" / "gold.jsonl",
    "heldout265": HERE / "heldout265" / "gold.jsonl",
    "heldout266": HERE / "heldout266" / "gold.jsonl",
    "heldout267": HERE / "heldout267" / "gold.jsonl",
    "heldout268": HERE / "heldout268" / "gold.jsonl",
    "heldout269": HERE / "heldout269" / "gold.jsonl",
    "heldout270": HERE / "heldout270" / "gold.jsonl",
    "heldout271": HERE / "heldout271" / "gold.jsonl",
    "heldout272": HERE / "heldout272" / "gold.jsonl",
    "heldout273": HERE / "heldout273" / "gold.jsonl",
    "heldout274": HERE / "heldout274" / "gold.jsonl",
    "heldout275": HERE / "heldout275" / "gold.jsonl",
    "heldout276": HERE / "heldout276" / "gold.jsonl",
    "heldout277": HERE / "heldout277" / "gold.jsonl",
    "heldout278": HERE / "heldout278" / "gold.jsonl",
    "heldout279": HERE / "heldout279" / "gold.jsonl",
    "heldout280": HERE / "heldout280" / "gold.jsonl",
    "heldout281": HERE / "heldout281" / "gold.jsonl",
    "heldout282": HERE / "heldout282" / "gold.jsonl",
    "heldout283": HERE / "heldout283" / "gold.jsonl",
    "heldout284": HERE / "heldout284" / "gold.jsonl",
    "heldout285": HERE / "heldout285" / "gold.jsonl",
    "heldout286": HERE / "heldout286" / "gold.jsonl",
    "heldout287": HERE / "heldout287" / "gold.jsonl",
    "heldout288": HERE / "heldout288" / "gold.jsonl",
    "heldout289": HERE / "heldout289" / "gold.jsonl",
    "heldout290": HERE / "heldout290" / "gold.jsonl",
    "heldout291": HERE / "heldout291" / "gold.jsonl",
    "heldout292": HERE / "heldout292" / "gold.jsonl",
    "heldout293": HERE / "heldout293" / "gold.jsonl",
    "heldout294": HERE / "heldout294" / "gold.jsonl",
    "heldout295": HERE / "heldout295" / "gold.jsonl",
    "heldout296": HERE / "heldout296" / "gold.jsonl",
    "heldout297": HERE / "heldout297" / "gold.jsonl",
    "heldout298": HERE / "heldout298" / "gold.jsonl",
    "heldout299": HERE / "heldout299" / "gold.jsonl",
    "heldout300": HERE / "heldout300" / "gold.jsonl",
    "heldout301": HERE / "heldout301" / "gold.jsonl",
    "heldout302": HERE / "heldout302" / "gold.jsonl",
    "heldout303": HERE / "heldout303" / "gold.jsonl",
    "heldout304": HERE / "heldout304" / "gold.jsonl",
    "heldout305": HERE / "heldout305" / "gold.jsonl",
    "heldout306": HERE / "heldout306" / "gold.jsonl",
    "heldout307": HERE / "heldout307" / "gold.jsonl",
    "heldout308": HERE / "heldout308" / "gold.jsonl",
    "heldout309": HERE / "heldout309" / "gold.jsonl",
    "heldout310": HERE / "heldout310" / "gold.jsonl",
    "heldout311": HERE / "heldout311" / "gold.jsonl",
    "heldout312": HERE / "heldout312" / "gold.jsonl",
    "heldout313": HERE / "heldout313" / "gold.jsonl",
    "heldout314": HERE / "heldout314" / "gold.jsonl",
    "heldout315": HERE / "heldout315" / "gold.jsonl",
    "heldout316": HERE / "heldout316" / "gold.jsonl",
    "heldout317": HERE / "heldout317" / "gold.jsonl",
    "heldout318": HERE / "heldout318" / "gold.jsonl",
    "heldout319": HERE / "heldout319" / "gold.jsonl",
    "heldout320": HERE / "heldout320" / "gold.jsonl",
    "heldout321": HERE / "heldout321" / "gold.jsonl",
    "heldout322": HERE / "heldout322" / "gold.jsonl",
    "heldout323": HERE / "heldout323" / "gold.jsonl",
    "heldout324": HERE / "heldout324" / "gold.jsonl",
}
# Held-out sets studied for failure categories once their clean scores were recorded: rule writers have read them,
# so they are no longer an honest measure. A set in neither list (newly written, not yet read beyond a report with
# nothing to find that got claims) is unread but missed a target at first sight.
STUDIED_SETS = ("heldout", "heldout2", "heldout4", "heldout5", "heldout6", "heldout9", "heldout11", "heldout12",
                "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout30", "heldout31",
                "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout41",
                "heldout42", "heldout43", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49",
                "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55", "heldout57",
                "heldout58", "heldout60", "heldout62", "heldout64", "heldout65", "heldout66", "heldout67",
                "heldout68", "heldout69", "heldout70", "heldout71", "heldout73", "heldout74", "heldout75",
                "heldout76", "heldout77", "heldout78", "heldout79", "heldout80", "heldout81", "heldout82",
                "heldout83", "heldout84", "heldout87", "heldout88", "heldout89", "heldout90", "heldout91",
                "heldout92", "heldout99", "heldout100", "heldout101", "heldout102", "heldout103",
                "heldout105", "heldout106", "heldout107", "heldout109", "heldout110", "heldout112",
                "heldout117", "heldout121", "heldout122", "heldout124", "heldout125", "heldout128",
                "heldout130", "heldout131", "heldout132", "heldout134", "heldout138",
                "heldout139", "heldout142", "heldout146", "heldout147", "heldout148", "heldout150",
                "heldout157", "heldout161", "heldout162", "heldout163",
                "heldout165", "heldout169", "heldout171", "heldout173", "heldout174",
                "heldout175", "heldout176", "heldout178", "heldout182", "heldout183",
                "heldout186", "heldout187", "heldout188", "heldout189",
                "heldout190", "heldout191", "heldout193", "heldout194", "heldout198",
                "heldout199", "heldout201", "heldout202", "heldout203",
                "heldout206", "heldout211", "heldout214", "heldout215", "heldout219", "heldout220", "heldout223",
                "heldout224", "heldout227", "heldout228", "heldout229", "heldout230", "heldout231", "heldout232",
                "heldout233", "heldout235", "heldout237", "heldout238",
                "heldout239", "heldout240", "heldout241", "heldout242",
                "heldout245", "heldout246", "heldout248", "heldout250", "heldout251",
                "heldout253", "heldout254", "heldout255", "heldout256", "heldout257",
                "heldout259", "heldout261", "heldout262", "heldout263", "heldout265", "heldout266",
                "heldout267", "heldout268", "heldout270", "heldout272", "heldout274", "heldout275", "heldout276",
                "heldout277", "heldout278", "heldout279", "heldout281", "heldout283", "heldout284", "heldout285",
                "heldout286", "heldout287", "heldout288", "heldout291", "heldout292",
                "heldout293", "heldout294", "heldout295", "heldout297", "heldout298", "heldout300", "heldout302", "heldout304",
                "heldout305", "heldout306", "heldout307", "heldout308", "heldout309", "heldout310",
                "heldout311", "heldout312", "heldout313", "heldout314", "heldout315", "heldout316")
# Held-out sets nobody writing rules has read: the honest measure. (heldout44 left this list on 2 December 2026,
# eleventh session: a helper's command printed its eval details by mistake; it is in neither list now.)
CLEAN_SETS = ("heldout3", "heldout7", "heldout8", "heldout10", "heldout25", "heldout26", "heldout27",
              "heldout28", "heldout29", "heldout32", "heldout39", "heldout40", "heldout56",
              "heldout59", "heldout61", "heldout63", "heldout72", "heldout85", "heldout86",
              "heldout93", "heldout94", "heldout95", "heldout96", "heldout97", "heldout98", "heldout104",
              "heldout108", "heldout111", "heldout113", "heldout114", "heldout115", "heldout116",
              "heldout118", "heldout119", "heldout120", "heldout127", "heldout129",
              "heldout133", "heldout135", "heldout136", "heldout137",
              "heldout140", "heldout143", "heldout144", "heldout145", "heldout149",
              "heldout151", "heldout152", "heldout153", "heldout154",
              "heldout155", "heldout156", "heldout158", "heldout159", "heldout160",
              "heldout166", "heldout167", "heldout168", "heldout170", "heldout172", "heldout177",
              "heldout179", "heldout180", "heldout181",
              "heldout184", "heldout185", "heldout192", "heldout195", "heldout196",
              "heldout197", "heldout200", "heldout204", "heldout205", "heldout207",
              "heldout216", "heldout218", "heldout221", "heldout225", "heldout226", "heldout234", "heldout236",
              "heldout243", "heldout244", "heldout247", "heldout249", "heldout252",
              "heldout258", "heldout260", "heldout264", "heldout269",
              "heldout271", "heldout273", "heldout280", "heldout282", "heldout290", "heldout301", "heldout303",
              "heldout320", "heldout321", "heldout323")
# The analysis issue's minimums on unseen real reports.
TARGETS = {
    "claims": 0.85,
    "speaker": 0.85,
    "same_source": 0.80,
    "hedged": 0.90,
    "indicators_claim": 0.70,
    "indicators_doc": 0.80,
    "places": 0.90,
    "amounts": 0.90,
}
TUNED_SETS = ("dev", "gold")


def _floors() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return data


@cache
def _report(name: str) -> EvalReport:
    return evaluate(SETS[name])


def _score(report: EvalReport, metric: str) -> float | None:
    value = report.to_json()[metric]
    score = value.get("acc") if metric in {"speaker", "negated", "meta"} else value.get("f1")
    if metric == "hedged":
        score = value.get("acc")
    return None if score is None else float(score)


def test_floors_never_below_targets() -> None:
    floors = _floors()
    for name in TUNED_SETS:
        for metric, target in TARGETS.items():
            assert floors[name][metric] >= target, f"{name} floor for {metric} is below the issue's target {target}"


@pytest.mark.parametrize("name", list(SETS))
def test_eval_scores_at_or_above_floors(name: str) -> None:
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} is not available")
    report = _report(name)
    failures = []
    for metric, floor in _floors()[name].items():
        score = _score(report, metric)
        if score is None or score + 1e-9 < floor:
            failures.append(f"{metric}: {score} < floor {floor}")
    assert not failures, f"{name}: " + "; ".join(failures)


@pytest.mark.parametrize("name", [name for name in SETS if name not in ("dev", "gold_sources")])
def test_no_claims_or_indicators_on_reports_without_forced_labour(name: str) -> None:
    """Reports that describe no forced labour get no claims and no indicators."""
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} is not available")
    quiet = _report(name).quiet
    assert quiet.total, "the set should hold reports with nothing to find"
    fired = [f"{d.doc}: {d.note}" for d in _report(name).details if d.metric == "quiet"]
    assert quiet.correct == quiet.total and not fired, fired


def test_every_set_has_floors_and_the_clean_sets_are_listed() -> None:
    floors = _floors()
    assert set(SETS) == set(floors), "every gold set needs floors in eval_floors.json, and only those"
    assert set(CLEAN_SETS) <= set(SETS)
    assert set(STUDIED_SETS) <= set(SETS) and not set(STUDIED_SETS) & set(CLEAN_SETS)
