"""Rules of 工作举措与制度建设. No statutory period applies; what matters is what the annual report must contain.

《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号） requires the annual report to state 上一年度推进法治政府建设的
主要举措和成效 first (the article number was not verified; the document is cited by name, as elsewhere in Fazhi).
A measure recorded here reaches the report only once the rule-of-law office has decided to include it.
"""

REPORT_BASIS = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：年度报告应当报告上一年度推进法治政府建设的主要举措和成效"
