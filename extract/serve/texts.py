"""The server's own error texts (what is not a file's or a setting's), in Indonesian and
English; added to the catalogue as the messages of errors, config and checks are."""

from __future__ import annotations

from ..messages import CATALOGUE, Lang, Msg, msg, render

MESSAGES: dict[str, dict[Lang, str]] = {
    "serve.too-large": {
        "id": "lebih besar dari batas {limit} byte untuk satu berkas",
        "en": "larger than the {limit}-byte limit for one file",
    },
    "serve.batch-too-large": {
        "id": "berkas-berkas batch ini melebihi batas {limit} byte seluruhnya",
        "en": "the files of this batch are over the {limit}-byte limit for all of them",
    },
    "serve.too-many-files": {
        "id": "lebih dari {limit} berkas dalam satu batch",
        "en": "more than {limit} files in one batch",
    },
    "serve.no-file": {
        "id": "tidak ada berkas: kirim multipart dengan field '{field}', atau isi berkas "
        "dengan ?name=",
        "en": "no file: send multipart with a '{field}' field, or the file's bytes with ?name=",
    },
    "serve.one-file": {
        "id": "satu berkas saja per permintaan (field '{field}'); untuk banyak berkas: "
        "POST /v1/batches",
        "en": "one file per request (the '{field}' field); for many files: POST /v1/batches",
    },
    "serve.bad-multipart": {
        "id": "data multipart tidak sah ({detail})",
        "en": "invalid multipart data ({detail})",
    },
    "serve.server-limit": {
        "id": "{setting}: batas ini milik server (renstra serve --{setting}); permintaan "
        "tidak dapat mengubahnya",
        "en": "{setting}: this limit is the server's (renstra serve --{setting}); a request "
        "cannot change it",
    },
    "serve.too-many-batches": {
        "id": "server sudah menyimpan {limit} batch; coba lagi setelah batch lama selesai "
        "atau dihapus (DELETE /v1/batches/{{id}})",
        "en": "the server holds {limit} batches already; try again once older ones end or "
        "are deleted (DELETE /v1/batches/{{id}})",
    },
    "serve.unauthorized": {
        "id": "perlu header Authorization: Bearer <token>",
        "en": "needs an Authorization: Bearer <token> header",
    },
    "serve.not-found": {"id": "tidak ditemukan", "en": "not found"},
    "serve.method-not-allowed": {"id": "metode tidak diizinkan", "en": "method not allowed"},
    "serve.unknown-schema": {
        "id": "kind harus salah satu dari {kinds}",
        "en": "kind must be one of {kinds}",
    },
    "serve.busy": {
        "id": "server sedang ditutup",
        "en": "the server is shutting down",
    },
}
CATALOGUE.update(MESSAGES)


def text(message: Msg | str, lang: Lang) -> str:
    from ..errors import error_text

    return error_text(message, lang)


__all__ = ["MESSAGES", "msg", "render", "text"]
