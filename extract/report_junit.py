"""`renstra check --output-format junit`: the findings as JUnit XML, for CI test reports.

One ``testsuite`` per file and one ``testcase`` per finding (named by rule and place, its
class name the file), so GitLab, Jenkins and Azure DevOps list them under the file. A
finding that reaches ``--fail-on`` is a ``failure``; one below it passes and carries its
text in ``system-out``, so the XML says what the exit status says. A file with no findings
is one passing case; a file that could not be read is an ``error``.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from renstra.schemas import SEVERITY_RANK, Finding

from .locations import describe
from .messages import Lang
from .printable import one_line
from .report_lines import file_line, place
from .result import FileResult

CHECKED = "renstra check"
"""The name of the one case a file without findings (or that failed to read) gets."""


def junit_xml(
    results: list[FileResult], *, fail_on: str, limit: int | None = None, lang: Lang = "id"
) -> bytes:
    """The report as UTF-8 XML with its declaration."""
    threshold = SEVERITY_RANK.get(fail_on)  # None for "never": nothing fails
    root = ET.Element("testsuites", name="renstra")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for result in results:
        if result.document is None and result.error is None:  # a copy of an earlier path
            continue
        path = one_line(result.input.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if result.error is not None:
            case = ET.SubElement(suite, "testcase", name=CHECKED, classname=path, file=path)
            reason = f"{result.error.path}: {result.error.reason_in(lang)}"
            ET.SubElement(case, "error", type=result.error.code, message=reason)
            counts["tests"] += 1
            counts["errors"] += 1
        else:
            assert result.document is not None
            findings = result.document.findings
            for finding in findings if limit is None else findings[:limit]:
                failed = threshold is not None and SEVERITY_RANK[finding.severity] >= threshold
                _case(suite, path, finding, failed, lang)
                counts["tests"] += 1
                counts["failures"] += int(failed)
            if not findings:
                ET.SubElement(suite, "testcase", name=CHECKED, classname=path, file=path)
                counts["tests"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _case(suite: ET.Element, path: str, finding: Finding, failed: bool, lang: Lang) -> None:
    where = finding.location
    case = ET.SubElement(
        suite,
        "testcase",
        name=f"{finding.rule} ({place(where)})",
        classname=path,
        file=path,
    )
    line = file_line(where)
    if line is not None:
        case.set("line", str(line))
    lines = [f"{finding.severity} {finding.rule}: {finding.message}", describe(where, lang)]
    if finding.suggestion:
        lines.append(finding.suggestion)
    text = "\n".join(lines)
    if failed:
        failure = ET.SubElement(
            case, "failure", type=finding.rule, message=one_line(finding.message)
        )
        failure.text = text
    else:
        ET.SubElement(case, "system-out").text = text
