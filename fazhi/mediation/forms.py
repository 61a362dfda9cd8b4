"""Forms of mediation: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field

from .models import Dispute


class ConcludeForm(forms.Form):
    on = date_field("调结日期")
    result = forms.ChoiceField(label="调解结果", choices=Dispute.Result.choices)
    agreement_form = forms.ChoiceField(label="协议形式（达成协议的填写）", required=False,
                                       choices=[("", "—")] + Dispute.AgreementForm.choices)
    agreement_amount = forms.DecimalField(label="协议金额（元）", required=False, min_value=0, max_digits=14,
                                          decimal_places=2)
    agreement_effective_on = date_field("调解协议生效日期（签名盖章之日或口头协议达成之日）", required=False)
    confirmation_intended = forms.BooleanField(label="当事人拟共同申请司法确认", required=False)


class ApplyConfirmationForm(forms.Form):
    on = date_field("共同申请司法确认日期")
    court = forms.CharField(label="受理申请的人民法院", max_length=100)


class ConfirmationResultForm(forms.Form):
    result = forms.ChoiceField(label="司法确认结果", choices=Dispute.Confirmation.choices)
