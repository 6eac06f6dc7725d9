#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes synthetic, valid pace questionnaires for the benchmarks.

  gen_questionnaires.py OUTDIR            S, M, L and a 1,000-file portfolio (the default set)
  gen_questionnaires.py OUTDIR --portfolio 50 --sizes S
  gen_questionnaires.py OUTDIR --portfolio 0 --sizes I64K,I256K,W10K   the scaling shapes only

Sizes rate every indicator of the full ISMS rubric up to max_level 5:
  S  one instance per process            (~780 indicator ratings)
  M  10 instances per process            (10x the indicator volume)
  L  100 instances per process           (100x)
Scaling shapes (how scoring grows with the number of instances and of framework attributes):
  I64K, I256K  one process (MGT.1) rated in 65,536 / 262,144 instance blocks, one BP each
  W10K         a framework of 10,000 attributes (bench-wide.toml, next to a rubric
               bench-wide-isms.toml that uses it; score with `pace --rubrics OUTDIR score`) and
               one block of MGT.1 rating all of its 10,000 generic practices
The portfolio holds engagement files of size S with varied organisations, dates, methods and
aggregations. Ratings mix labels (refined ones too), explicit percentages, 'na' with a note and
'' (not yet rated, rare); about half cite the evidence register and a third carry a note.
Output is deterministic: the same arguments write the same bytes.
"""

import argparse
import pathlib
import random
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUBRIC = ROOT / "rubrics" / "iso27022-isms.toml"
FRAMEWORK = ROOT / "rubrics" / "iso33020.toml"

LABELS = ["N", "P-", "P", "P+", "L-", "L", "L+", "F"]
LABEL_WEIGHTS = [2, 3, 8, 4, 5, 14, 6, 18]
KINDS = ["document", "record", "interview", "observation", "tool-output", "other"]
WORDS = ("policy review register owner site audit control supplier backup training incident "
         "change report minutes record plan risk treatment evidence sample interview tool export "
         "workflow approval quarterly annual dashboard metric threshold exception").split()
SIZES = {"S": 1, "M": 10, "L": 100}
INSTANCE_SHAPES = {"I64K": 65536, "I256K": 262144}
WIDE_ATTRIBUTES = 10000
LOW_LABELS = ["N", "P-", "P", "P+"]
PERCENT = {"N": 7.5, "P-": 23.75, "P": 32.5, "P+": 41.25, "L-": 58.75, "L": 67.5, "L+": 76.25,
           "F": 92.5}


def load_indicators():
    rubric = tomllib.loads(RUBRIC.read_text(encoding="utf-8"))
    framework = tomllib.loads(FRAMEWORK.read_text(encoding="utf-8"))
    generic = []  # (attribute id, level, [gp ids])
    for attribute in framework["attribute"]:
        gps = [p["id"] for p in attribute.get("practice", [])]
        generic.append((attribute["id"], attribute["level"], gps))
    processes = []
    for process in rubric["process"]:
        bps = [p["id"] for p in process["practice"]]
        processes.append((process["id"], bps))
    return processes, generic


def sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def key(indicator):
    return toml_string(indicator) if "." in indicator else indicator


def rating_value(rng):
    """A rating as written in TOML and the percentage it stands for."""
    if rng.random() < 0.12:
        number = rng.choice([10, 25, 40, 55, 62.5, 70, 80, 90, 97.5])
        return str(number), number
    label = rng.choices(LABELS, LABEL_WEIGHTS)[0]
    return toml_string(label), PERCENT[label]


def citations(rng, percent, by_kind):
    """Evidence that satisfies the rubric's sufficiency rules: L cites at least one item, F at
    least two of two different kinds (so pace prints no warnings); lower ratings sometimes."""
    kinds = sorted(by_kind)
    if percent > 85:
        first, second = rng.sample(kinds, 2)
        cited = [rng.choice(by_kind[first]), rng.choice(by_kind[second])]
        if rng.random() < 0.3:
            cited.append(rng.choice(by_kind[rng.choice(kinds)]))
    elif percent > 50 or rng.random() < 0.4:
        cited = [rng.choice(by_kind[rng.choice(kinds)]) for _ in range(rng.choice([1, 1, 2]))]
    else:
        return ""
    return "evidence = [" + ", ".join(toml_string(e) for e in dict.fromkeys(cited)) + "]"


def indicator_line(rng, indicator, by_kind):
    if rng.random() < 0.04:
        return f'{key(indicator)} = {{ rating = "na", note = {toml_string(sentence(rng, 9))} }}'
    value, percent = rating_value(rng)
    parts = [f"rating = {value}"]
    cited = citations(rng, percent, by_kind)
    if cited:
        parts.append(cited)
    if rng.random() < 0.33:
        parts.append("note = " + toml_string(sentence(rng, rng.randint(6, 22))))
    if len(parts) == 1:
        return f"{key(indicator)} = {value}"
    return f"{key(indicator)} = {{ " + ", ".join(parts) + " }"


def questionnaire(rng, name, instances, processes, generic, *, method="R2", aggregation="mean",
                  scale="nplf", organisation="Bench Logistics Ltd", date="2026-03-11"):
    evidence_ids = [f"E-{n:04d}" for n in range(1, 40 * instances + 1)]
    evidence_kinds = {ident: KINDS[n % len(KINDS)] for n, ident in enumerate(evidence_ids)}
    by_kind = {}
    for ident, kind in evidence_kinds.items():
        by_kind.setdefault(kind, []).append(ident)
    out = ["# Synthetic benchmark questionnaire written by benchmarks/gen_questionnaires.py.",
           "schema = 1", "", "[assessment]", f'id = "{name}"',
           f"organisation = {toml_string(organisation)}", f"date = {date}",
           'rubric = "iso27022-isms"', "max_level = 5", f'rating_method = "{method}"',
           f'aggregation = "{aggregation}"', f'scale = "{scale}"', "target = 3",
           f"title = {toml_string('Capability assessment ' + name)}",
           f"purpose = {toml_string(sentence(rng, 30))}",
           f"scope = {toml_string(sentence(rng, 25))}",
           'sponsor = "Chief Operating Officer"', 'lead_assessor = "A. Assessor"',
           'assessors = ["A. Assessor", "B. Assessor"]', "class = 2", ""]
    for ident in evidence_ids:
        out += ["[[evidence]]", f'id = "{ident}"', f'kind = "{evidence_kinds[ident]}"',
                f"title = {toml_string(sentence(rng, rng.randint(4, 10)))}",
                f'ref = "dms://bench/{ident.lower()}.pdf"',
                f"date = {int(date[:4]) - 1}-{int(date[5:7]):02d}-{rng.randint(1, 28):02d}", ""]
    for process_id, bps in processes:
        for n in range(instances):
            out += ["[[process]]", f'id = "{process_id}"']
            if instances > 1:
                out.append(f'instance = "site-{n + 1:03d}"')
            out += ["", "[process.ratings]"]
            for attribute_id, _level, gps in generic:
                out.append(f"# {attribute_id}")
                for indicator in gps or bps:
                    out.append(indicator_line(rng, indicator, by_kind))
            if method != "R1" and rng.random() < 0.1:
                attribute_id = rng.choice(generic[1:])[0]
                label = rng.choice(LABELS)
                cited = citations(rng, PERCENT[label], by_kind)
                out += ["", "[process.attributes]",
                        f'"{attribute_id}" = {{ rating = {toml_string(label)}, '
                        f"note = {toml_string(sentence(rng, 12))}"
                        + (f", {cited}" if cited else "") + " }"]
            out.append("")
    return "\n".join(out)


def many_instances(name, instances):
    """One process rated in `instances` blocks, each its own instance rating the six BPs of MGT.1
    (labels below L, which need no evidence, so the file loads without warnings)."""
    out = ["# Synthetic benchmark questionnaire written by benchmarks/gen_questionnaires.py.",
           "schema = 1", "", "[assessment]", f'id = "{name}"',
           'organisation = "Bench Logistics Ltd"', "date = 2026-03-11",
           'rubric = "iso27022-isms"', "max_level = 1", 'rating_method = "R2"',
           'aggregation = "mean"', 'scale = "nplf"', ""]
    for n in range(instances):
        out += ["[[process]]", 'id = "MGT.1"', f'instance = "site-{n + 1:06d}"',
                "[process.ratings]"]
        out += [f'BP{k} = "{LOW_LABELS[(n + k) % len(LOW_LABELS)]}"' for k in range(1, 7)]
        out.append("")
    return "\n".join(out)


def wide_attributes(attributes):
    """(id without "PA", level) of the attributes after PA1.1: about a quarter on each level 2-5."""
    per_level = -(-(attributes - 1) // 4)
    for n in range(attributes - 1):
        level = 2 + n // per_level
        yield f"{level}.{n % per_level + 1}", level


def wide_framework(attributes):
    """FRAMEWORK with its attributes replaced by PA1.1 and `attributes - 1` attributes spread over
    levels 2 to 5 (PA2.1, PA2.2, ..., PA5.n), each with one generic practice; and a rubric (the
    shipped reference model) that uses it."""
    text = FRAMEWORK.read_text(encoding="utf-8")
    head = text[:text.index("[[attribute]]")]
    head = head.replace('id = "iso33020"', 'id = "bench-wide"', 1)
    out = [head.rstrip(), "", "[[attribute]]", 'id = "PA1.1"', "level = 1",
           'name = "Process performance"', ""]
    for ident, level in wide_attributes(attributes):
        out += ["[[attribute]]", f'id = "PA{ident}"', f"level = {level}",
                f'name = "Wide attribute {ident}"', "", "[[attribute.practice]]",
                f'id = "GP{ident}.1"', f'text = "Generic practice {ident}."', ""]
    rubric = RUBRIC.read_text(encoding="utf-8")
    rubric = rubric.replace('id = "iso27022-isms"', 'id = "bench-wide-isms"', 1)
    rubric = rubric.replace('framework = "iso33020"', 'framework = "bench-wide"', 1)
    return "\n".join(out), rubric


def wide_questionnaire(attributes):
    out = ["# Synthetic benchmark questionnaire written by benchmarks/gen_questionnaires.py.",
           "schema = 1", "", "[assessment]", 'id = "bench-wide"',
           'organisation = "Bench Logistics Ltd"', "date = 2026-03-11",
           'rubric = "bench-wide-isms"', "max_level = 5", 'rating_method = "R2"',
           'aggregation = "mean"', 'scale = "nplf"', "", "[[process]]", 'id = "MGT.1"', "",
           "[process.ratings]"]
    out += [f'BP{k} = "{LOW_LABELS[k % len(LOW_LABELS)]}"' for k in range(1, 7)]
    for n, (ident, _level) in enumerate(wide_attributes(attributes)):
        out.append(f'"GP{ident}.1" = "{LOW_LABELS[n % len(LOW_LABELS)]}"')
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=pathlib.Path)
    parser.add_argument("--sizes", default="S,M,L", help="comma-separated subset of S,M,L,I64K,I256K,W10K")
    parser.add_argument("--portfolio", type=int, default=1000, help="engagement files (0: none)")
    args = parser.parse_args()
    processes, generic = load_indicators()
    args.outdir.mkdir(parents=True, exist_ok=True)
    for size in filter(None, args.sizes.split(",")):
        if size in INSTANCE_SHAPES:
            text = many_instances(f"bench-{size.lower()}", INSTANCE_SHAPES[size])
            (args.outdir / f"{size}.toml").write_text(text, encoding="utf-8")
            continue
        if size == "W10K":
            framework, rubric = wide_framework(WIDE_ATTRIBUTES)
            (args.outdir / "bench-wide.toml").write_text(framework, encoding="utf-8")
            (args.outdir / "bench-wide-isms.toml").write_text(rubric, encoding="utf-8")
            (args.outdir / f"{size}.toml").write_text(wide_questionnaire(WIDE_ATTRIBUTES),
                                                      encoding="utf-8")
            continue
        rng = random.Random(f"size-{size}")
        text = questionnaire(rng, f"bench-{size.lower()}", SIZES[size], processes, generic)
        (args.outdir / f"{size}.toml").write_text(text, encoding="utf-8")
    if args.portfolio:
        folder = args.outdir / "portfolio"
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.toml"):
            old.unlink()
        for n in range(args.portfolio):
            rng = random.Random(f"portfolio-{n}")
            text = questionnaire(
                rng, f"client-{n:04d}", 1, processes, generic,
                method=rng.choice(["R1", "R2", "R2", "R2"]),
                aggregation=rng.choice(["mean", "mean", "median", "min"]),
                scale=rng.choice(["nplf", "nplf", "refined"]),
                organisation=f"Client {n:04d} {rng.choice(['Ltd', 'GmbH', 'SA', 'plc'])}",
                date=f"20{rng.randint(22, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            (folder / f"client-{n:04d}.toml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
