"""Downloads are named in Chinese (RFC 5987 `filename*`), as a clerk would file them."""

from urllib.parse import quote


def attachment(response, name: str):
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response
