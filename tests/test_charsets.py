"""Bytes that are not UTF-8: the legacy encoding is judged by how the text reads."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.charsets import best_encoding, sample

# One line per language newsclean knows, with the legacy encodings its pages were written in.
LINES = {
    "Le président a annoncé mercredi une réforme très attendue du système de santé français.": ("cp1252",),
    "Die Bundesregierung hat am Dienstag neue Maßnahmen für die Wirtschaft beschlossen; Bürger atmen auf.":
        ("cp1252", "latin-1"),
    "El Gobierno aprobó el martes una reforma de las pensiones que, según el ministro, llegará en otoño.":
        ("cp1252",),
    "O governo anunciou nesta terça-feira medidas para conter a inflação e proteger a população.": ("cp1252",),
    "Il governo ha approvato giovedì la riforma, però l'opposizione protesta: «È una vergogna».": ("cp1252",),
    "Regeringen meddelade på tisdagen att skatten sänks för pensionärer i hela Sverige nästa år.": ("cp1252",),
    "Rząd ogłosił w środę nowe przepisy dotyczące ochrony środowiska w Polsce.": ("cp1250", "iso-8859-2"),
    "Türkiye Cumhurbaşkanı salı günü yeni ekonomik önlemleri açıkladı ve vatandaşlar şaşırdı.": ("cp1254",),
    "Москва. Президент заявил в понедельник, что переговоры продолжатся на следующей неделе.":
        ("cp1251", "koi8-r"),
    "Україна отримала нову партію допомоги, повідомив міністр у четвер ввечері.": ("cp1251", "koi8-u"),
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία την Τρίτη.": ("cp1253", "iso-8859-7"),
    "東京都は月曜日、新しい交通計画を発表した。市民の生活に大きな影響を与える見込みだ。": ("shift_jis", "euc-jp"),
}
CASES = [(line, enc) for line, encodings in LINES.items() for enc in encodings]


@pytest.mark.parametrize(("line", "encoding"), CASES)
def test_legacy_encodings_read_back(line: str, encoding: str) -> None:
    data = f"{line}\n{line}\n".encode(encoding)
    assert data.decode(best_encoding(data)) == f"{line}\n{line}\n"


@pytest.mark.parametrize(("line", "encoding"), CASES)
def test_clean_reads_legacy_bytes_as_text(line: str, encoding: str) -> None:
    result = newsclean.clean(f"{line}\n".encode(encoding))
    assert result.body == line and result.input.decode_note.startswith("not UTF-8; read as ")


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    page = "Ein Café in Köln öffnet wieder; die Gäste freuen sich über den neuen Wirt.\n" * 3
    result = newsclean.clean(page.encode() + b"Preis: 5 \x80\n")
    assert result.input.encoding == "utf-8" and "Café in Köln" in result.body


def test_sample_starts_and_ends_on_character_boundaries() -> None:
    text = "x" * 5000 + " Ελληνικά κείμενα εδώ. " + "y" * 5000
    data = text.encode("cp1253")
    assert sample(data).decode("cp1253").strip() == "Ελληνικά κείμενα εδώ."
    assert sample(b"only ascii") == b""
