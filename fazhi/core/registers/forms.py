"""Form helpers the step forms of every register share."""

from django import forms


def date_field(label: str, required: bool = True) -> forms.DateField:
    return forms.DateField(label=label, required=required, widget=forms.DateInput,
                           error_messages={"invalid": "请输入有效日期，如 2025-03-26。", "required": f"请填写{label}。"})


class OnDateForm(forms.Form):
    """A step that needs only its date."""

    on = date_field("日期")


class PublishedForm(forms.Form):
    """A publication step: the date and, where it is online, the address."""

    on = date_field("公布日期")
    url = forms.URLField(label="公布网址", required=False, assume_scheme="https")
