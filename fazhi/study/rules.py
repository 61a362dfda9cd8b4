"""Rules of 学法述法与第一责任人.

- 《党政主要负责人履行推进法治建设第一责任人职责规定》: the heads of party committees and
  governments are the first persons responsible for the rule of law, and report on it at the year's end (述法) as part
  of their year-end account. Coverage = units that reported ÷ the townships and departments that should.
- 《关于完善国家工作人员学法用法制度的意见》（2016年）: a legal-knowledge exam before appointment (任前考法); the pass mark
  is the 组织部门's (`FAZHI["LEGAL_EXAM_PASS_MARK"]`).
- 《全国人民代表大会常务委员会关于实行宪法宣誓制度的决定》（2018年修订）: public constitutional oath on taking office.
"""

from decimal import Decimal

from django.conf import settings

DUTY_BASIS = "《党政主要负责人履行推进法治建设第一责任人职责规定》"
EXAM_BASIS = "《关于完善国家工作人员学法用法制度的意见》"
OATH_BASIS = "《全国人民代表大会常务委员会关于实行宪法宣誓制度的决定》（2018年修订）"


def exam_passed(score: Decimal) -> bool:
    return score >= settings.FAZHI["LEGAL_EXAM_PASS_MARK"]
