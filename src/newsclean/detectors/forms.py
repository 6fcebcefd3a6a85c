"""A form set beside an article: its heading, its field labels, its submit button and the small print under it."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.detectors.base import Context, Example, LineText, Outcome, detector, line_feature
from newsclean.patterns import has_quote_mark

# A form's button: a verb of sending or working out, alone or with its object ("Submit report", "Calcular mi factura").
SUBMIT = rx.compile(
    r"^(?:submit|send|senden|absenden|abschicken|einreichen|envoyer|valider|soumettre|enviar|invia|inviare|verstuur|versturen|"
    r"verzenden|insturen|indienen|wyślij|prześlij|gönder|αποστολή|υποβολή|надіслати|відправити|отправить|skicka|送信|"
    r"calculate|berechnen|calculer|calcular|calcola|calcolare|bereken|berekenen|oblicz|hesapla|υπολόγισε|розрахувати|"
    r"рассчитать|beräkna|計算する|"
    # or asks for the result of what was ticked: "Sprawdź wynik", "See the result", "Ergebnis anzeigen"
    r"(?:check|see|show|get|sprawdź|zobacz|pokaż|voir|afficher|ver|mostrar|vedi|mostra|bekijk|toon|gör|göster|δείτε|"
    r"перевірити|проверить)\s(?:the\s|my\s|your\s|le\s|mon\s|el\s|mi\s|il\s|o\s|mijn\s|je\s)?"
    r"(?:result|results|wynik|wyniki|résultat|résultats|resultado|resultados|risultato|risultati|uitslag|resultaat|sonuç|"
    r"sonucu|αποτέλεσμα|результат)|(?:ergebnis|ergebnisse) (?:anzeigen|sehen|berechnen))"
    r"(?:\s\p{L}+){0,3}[\s.!»›→]*$|"
    # or its object first and the verb last, as Dutch and German write it: "Aanvraag versturen", "Formular absenden"
    r"^(?:\p{L}+\s){1,2}(?:versturen|verzenden|insturen|indienen|absenden|abschicken|senden|einreichen|berechnen|berekenen)"
    r"[\s.!»›→]*$",
    regex.I,
)
# A field a reader fills in, shown as such: "Lagorai [ ] – [ ] Virtus Brenta", "Naam *" (a required field's star).
VISIBLE_CONTROL = rx.compile(r"\[\s*\]|［\s*］|_{3,}|\s\*$")
SUBMIT_MAX_WORDS = 4
# Lines of a form above its button: its fields' labels and its heading, each short and none a sentence.
FORM_REACH = 7
FORM_LINE_MAX_WORDS = 10
# A field's label has at most this many words, and no figures; two of them at least make a form.
FIELD_MAX_WORDS = 5
FORM_MIN_FIELDS = 2
# The small print under the button: what sending the form agrees to.
CONSENT = rx.compile(
    r"(?:privacy|terms|datenschutz|nutzungsbedingungen|confidentialité|conditions|privacidad|condiciones|regolamento|"
    r"reglamento|règlement|teilnahmebedingungen|regulamin|katılım koşulları|"
    r"termini|privacybeleid|voorwaarden|prywatności|regulamin|gizlilik|kvkk|απορρήτου|όρους|конфіденційності|"
    r"конфиденциальности|integritet|個人情報|利用規約|not (?:be )?(?:published|shared)|wird nicht veröffentlicht|"
    r"ne sera pas publiée?|no se publicará|non verrà pubblicat)",
    regex.I,
)
CONSENT_MAX_WORDS = 25
# Or what the result it gives is worth: "Resultado orientativo.", "Estimate only, excluding local taxes."
RESULT_NOTE = rx.compile(
    r"^\*?\s?(?i:result(?:ado|at|ato|s)?\s(?:orientativo|indicativo|approximatif|approximativ|indicative|approximate|estimado|"
    r"stimato|ohne gewähr)|estimate|estimated|schätzung|unverbindlich|estimación|cálculo orientativo|stima|estimativa|"
    r"valeur indicative|indicatif|approximate|orientatief|szacunkowy|tahmini)\b"
)


@line_feature("submit_button")
def _submit_text(line: LineText) -> bool:
    """A form's button alone on its line: "Submit report", "Calcular mi factura", "Wyślij"."""
    return line.words <= SUBMIT_MAX_WORDS and not line.sentence and SUBMIT.match(line.text) is not None


def _form_line(ctx: Context | None) -> bool:
    """A short line that can be a form's label or heading: no full stop, no long sentence, no label of the lexicon (an
    ad's "Sponsored" over an offer and its button is an ad, not a form)."""
    return (ctx is not None and ctx.words <= FORM_LINE_MAX_WORDS and not ctx.text.rstrip().endswith((".", "。"))
            and "bullet" not in ctx.features and ctx.line_key is None and ctx.prefix_key is None
            and not has_quote_mark(ctx.text))  # (a quote is the article's: «Dobbiamo giocare con la testa libera.»)


def _field(ctx: Context) -> bool:
    """A field's label: a few words without figures ("Your name", "Consumo mensual estimado (kWh)")."""
    return ctx.words <= FIELD_MAX_WORDS and "digit" not in ctx.features


def _form_above(button: Context) -> tuple[int, int]:
    """The form lines right above the button, and how many of them are fields' labels (a field shown as one, with its
    box or its star, counts as a whole form's worth)."""
    n = fields = 0
    while n < FORM_REACH and _form_line(line := button.at(-n - 1)):
        assert line is not None
        n += 1
        fields += FORM_MIN_FIELDS if VISIBLE_CONTROL.search(line.text) else _field(line)
    return n, fields


def _form_button(button: Context) -> int | None:
    """How many lines the form above this button has, if it is a form's button (labels of fields above it)."""
    n, fields = _form_above(button)
    return n if fields >= FORM_MIN_FIELDS else None


def _button_below(ctx: Context) -> int | None:
    """How many lines below this one a form's button is, every line between being a form's line."""
    for k in range(1, FORM_REACH + 1):
        below = ctx.at(k)
        if below is None:
            return None
        if "submit_button" in below.features:
            n = _form_button(below)
            return k if n is not None and k <= n else None
        if not _form_line(below):
            return None
    return None


@detector(
    "WG18", "widgets.form_box", near=(("submit_button",), FORM_REACH + 1),
    flags=(Example("The line reopens on 12 May.\nIs your journey affected?\nTell us about delays on your route\nYour name\n"
                   "Route or station\nSubmit report", "Your name"),
           Example("The line reopens on 12 May.\nIs your journey affected?\nTell us about delays on your route\nYour name\n"
                   "Route or station\nSubmit report", "Submit report"),
           Example("The line reopens on 12 May.\nTell us about delays\nYour name\nSubmit report\n"
                   "By submitting you agree to our terms and privacy notice.",
                   "By submitting you agree to our terms and privacy notice."),
           Example("Calcula cuánto pagarás\nPotencia contratada (kW)\nConsumo mensual estimado (kWh)\nCalcular mi factura",
                   "Potencia contratada (kW)", language="es"),
           Example("Zaznacz, co Ci dolega, a podpowiemy, czy potrzebujesz wizyty u lekarza.\n☐ Gorączka\n☐ Katar\n☐ Ból gardła\n"
                   "Sprawdź wynik →", "☐ Katar", language="pl"),
           Example("«Dobbiamo giocare con la testa libera.»\nGIOCA CON NOI – Indovina il risultato!\nLagorai [ ] – [ ] Brenta\n"
                   "Invia il tuo pronostico\nIn palio due biglietti di tribuna. Regolamento", "Invia il tuo pronostico",
                   language="it"),
           Example("De scanner draait op werkdagen tot 22.00 uur.\nNaam *\nGeboortedatum *\nTelefoonnummer *\nAanvraag versturen",
                   "Geboortedatum *", language="nl"),
           Example("Calcula cuánto pagarás\nPotencia contratada (kW)\nConsumo mensual estimado (kWh)\nCalcular mi factura\n"
                   "Resultado orientativo. No incluye alquiler de contador ni impuestos locales.",
                   "Resultado orientativo. No incluye alquiler de contador ni impuestos locales.", language="es")),
    keeps=(Example("The council asked residents to send their comments by Friday.\nSend", "Send"),
           Example("Il tecnico ha chiesto coraggio ai suoi.\n«Dobbiamo giocare con la testa libera.»\nGIOCA CON NOI\n"
                   "Lagorai [ ] – [ ] Brenta\nInvia il tuo pronostico", "«Dobbiamo giocare con la testa libera.»", language="it"),
           Example("How to apply\nFill in the form on the council's website by 30 June.\nSubmit it with a copy of your ID.",
                   "How to apply"),
           Example("Die Polizei bittet um Hinweise.\nWer hat etwas gesehen?\nDer Täter trug eine rote Jacke und floh zu Fuß.\n"
                   "Hinweise senden", "Wer hat etwas gesehen?", language="de")),
)
def form_box(ctx: Context) -> Outcome:
    """A form's lines: a heading and field labels over a submit button ("Your name", "Submit report"), the button, and
    the small print under it ("By submitting you agree to our terms", "Resultado orientativo.")."""
    if "submit_button" in ctx.features:
        return "a form's button" if _form_button(ctx) is not None else None
    if ctx.words <= CONSENT_MAX_WORDS and (CONSENT.search(ctx.text) or RESULT_NOTE.match(ctx.text)):
        above = ctx.at(-1)
        if above is not None and "submit_button" in above.features and _form_button(above) is not None:
            return "a form's small print"
    if not _form_line(ctx):
        return None
    return "a form's heading or field" if _button_below(ctx) is not None else None


DETECTORS = (form_box,)
