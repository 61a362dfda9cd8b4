"""Rules for legal advisers. No statute fixes a period here; the contract term is a reminder, not a
statutory deadline, and the basis shown is the policy that requires advisers to be engaged."""

ADVISER_POLICY = "《关于推行法律顾问制度和公职律师公司律师制度的意见》（中办发〔2016〕30号）；聘用合同约定"
CONTRACT_REMINDER_LABEL = "法律顾问聘期届满"
