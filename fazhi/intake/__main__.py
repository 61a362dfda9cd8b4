"""`python -m fazhi.intake extract PATH... [--json] [--explain]` (also `fazhi intake extract`): --explain shows, per
figure, its clause, the lexicon name or phrase rule that decided its key, and the other keys it could have been."""

from __future__ import annotations

import argparse
import json
import sys

from .core import extract_file, other_statements
from .document import SECTION_LABELS

ON_TIME = {True: "是", False: "否", None: "未知"}


def main(argv: list[str] | None = None, out=None) -> int:
    out = out or sys.stdout
    parser = argparse.ArgumentParser(prog="fazhi intake", description="读取法治政府建设情况报告，提取元数据、章节与数据")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="提取一个或多个报告文件（.txt .docx .pdf .html）")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--json", action="store_true", help="输出 JSON 数组（每个文件一个对象）")
    ex.add_argument("--text", action="store_true", help="在 JSON 中保留规范化后的全文和层次结构")
    ex.add_argument("--explain", action="store_true", help="逐项说明：原文分句、判定的指标、依据的识别词或短语规则、其他可能的指标")
    args = parser.parse_args(argv)
    results = []
    for path in args.paths:
        result = extract_file(path)
        if not args.text:
            result.pop("text", None)
            result.pop("outline", None)
        results.append(result)
    if args.json:
        out.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    else:
        for r in results:
            if "error" in r:
                out.write(f"{r['source']}: 错误：{r['error']}\n")
                continue
            out.write(f"{r['source']}: {r['title']}（{r['issuer']}，{r['year']}年度，发布 {r['published_on'] or '未知'}）\n")
            out.write(f"  缺少部分：{'、'.join(SECTION_LABELS.get(k, k) for k in r['missing_sections']) or '无'}；按时公开：{ON_TIME[r['on_time']]}\n")
            for f in r["figures"]:
                written = f"（原文“{f['as_written']}”）" if f.get("as_written") else ""
                out.write(f"  {f['key']:40} {f['value']}{f['unit']}{'（约）' if f['approx'] else ''}{written}\n")
                if args.explain:
                    out.write(f"      原文：{f['text']}\n      依据：{f['why']}\n")
                    if f["alternatives"]:
                        out.write(f"      其他可能：{'、'.join(f['alternatives'])}\n")
                    if f["other_values"]:  # the report's other statements of the key, and what chose among them
                        out.write(f"      其他表述：{other_statements(f)}\n")
    return 0 if all("error" not in r for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
