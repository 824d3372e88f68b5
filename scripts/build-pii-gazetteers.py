#!/usr/bin/env python3
"""Builds the PII detector's name and place lists from the Datafaker jar (Apache-2.0), offline.

Usage: scripts/build-pii-gazetteers.py [path/to/datafaker.jar]
Default jar: ~/.m2/repository/net/datafaker/datafaker/2.4.2/datafaker-2.4.2.jar
(fetch it once with ./mvnw dependency:get -Dartifact=net.datafaker:datafaker:2.4.2).
Writes core/src/main/resources/io/trustplane/core/guard/pii/{first-names,last-names,places}.txt,
one lower-case entry per line, sorted: the output depends only on the jar.
"""
import os, re, sys, zipfile
import yaml

JAR = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser(
    "~/.m2/repository/net/datafaker/datafaker/2.4.2/datafaker-2.4.2.jar")
OUT = os.path.join(os.path.dirname(__file__), "..", "core/src/main/resources/io/trustplane/core/guard/pii")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț' -]{2,40}$")

first, last, places = set(), set(), set()

def strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, dict):
        for x in v.values():
            yield from strings(x)

def add(target, values):
    for s in strings(values):
        if "#{" in s or "#" in s or not LATIN.match(s):
            continue
        target.add(s.strip().lower())

with zipfile.ZipFile(JAR) as z:
    for name in z.namelist():
        if not name.endswith(".yml") or "/" in name.strip("/").split("/", 1)[0] and not name.startswith("en/"):
            pass
        if not name.endswith(".yml"):
            continue
        try:
            doc = yaml.safe_load(z.read(name))
        except Exception:
            continue
        if not isinstance(doc, dict):
            continue
        for locale in doc.values():
            faker = (locale or {}).get("faker") if isinstance(locale, dict) else None
            if not isinstance(faker, dict):
                continue
            n = faker.get("name")
            if isinstance(n, dict):
                for k in ("first_name", "male_first_name", "female_first_name", "first_name_men", "first_name_women"):
                    add(first, n.get(k))
                for k in ("last_name", "male_last_name", "female_last_name"):
                    add(last, n.get(k))
            a = faker.get("address")
            if isinstance(a, dict):
                for k in ("country", "state", "city_name", "default_country", "region", "county"):
                    add(places, a.get(k))

first = {f for f in first if " " not in f and len(f) >= 2}
last = {l for l in last if len(l) >= 2}
os.makedirs(OUT, exist_ok=True)
for fname, values in (("first-names.txt", first), ("last-names.txt", last), ("places.txt", places)):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(values)) + "\n")
    print(fname, len(values))
