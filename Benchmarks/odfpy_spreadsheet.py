#!/usr/bin/env python3
"""Side-by-side: build the benchmark's gegevens.ods with odfpy and compare with Noaber.

    pip install odfpy
    python3 Benchmarks/odfpy_spreadsheet.py [PARTICIPANTS]     # default 1000, from the package root

Runs `swift run -c release noaber-bench export N --ods-out FILE` (Noaber's time for the spreadsheet alone is
the line "alleen gegevens.ods"), reads the cells back from that file (standard library only), then builds the
same spreadsheet with odfpy (same sheets, same typed cells: float, date, string; header row) and saves it. Both
times cover building and writing the whole .ods in memory/disk; the ratio is odfpy / Noaber.
"""
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
import xml.etree.ElementTree as ET

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def read_sheets(path):
    """[(name, [[(type, value, text)]])] from Noaber's content.xml."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    sheets = []
    for table in root.iter(q("table", "table")):
        rows = []
        for row in table.iter(q("table", "table-row")):
            cells = []
            for cell in row.findall(q("table", "table-cell")):
                kind = cell.get(q("office", "value-type"))
                value = cell.get(q("office", "value")) or cell.get(q("office", "date-value"))
                text = "".join(cell.itertext())
                cells.append((kind, value, text))
            rows.append(cells)
        sheets.append((table.get(q("table", "name")), rows))
    return sheets


def build_with_odfpy(sheets, out):
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        table = Table(name=name)
        width = max((len(r) for r in rows), default=1)
        table.addElement(TableColumn(numbercolumnsrepeated=width))
        for cells in rows:
            tr = TableRow()
            for kind, value, text in cells:
                if kind == "float":
                    tc = TableCell(valuetype="float", value=value)
                elif kind == "date":
                    tc = TableCell(valuetype="date", datevalue=value)
                elif kind == "string":
                    tc = TableCell(valuetype="string")
                else:
                    tc = TableCell()
                if kind is not None:
                    tc.addElement(P(text=text))
                tr.addElement(tc)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(out)


def main():
    count = sys.argv[1] if len(sys.argv) > 1 else "1000"
    with tempfile.TemporaryDirectory() as tmp:
        noaber_ods = os.path.join(tmp, "noaber.ods")
        run = subprocess.run(
            ["swift", "run", "-c", "release", "noaber-bench", "export", count, "--ods-out", noaber_ods],
            capture_output=True, text=True, check=True)
        match = re.search(r"alleen gegevens\.ods: ([0-9.]+) s", run.stdout)
        if not match:
            sys.exit("no Noaber time in the benchmark output:\n" + run.stdout)
        noaber = float(match.group(1))
        sheets = read_sheets(noaber_ods)
        cells = sum(len(c) for _, rows in sheets for c in rows)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            build_with_odfpy(sheets, os.path.join(tmp, "odfpy.ods"))
            best = min(best, time.perf_counter() - start)
        print("gegevens.ods, %s deelnemers, %d sheets, %d cellen" % (count, len(sheets), cells))
        print("Noaber: %.3f s   odfpy: %.3f s (beste van 3)   verhouding: %.1fx sneller (doel >= 10x)"
              % (noaber, best, best / noaber))


if __name__ == "__main__":
    main()
