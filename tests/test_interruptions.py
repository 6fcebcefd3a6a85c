"""Boxes inside an article (a poll, a newsletter box) interrupt it; the text after them stays."""

from __future__ import annotations

import newsclean

POLL = """El Norte Digital
Economía
El precio del aceite de oliva baja por primera vez en tres años
Por Lucía Gómez
12 de mayo de 2025
El precio del aceite de oliva virgen extra ha bajado un 18 % en el último mes, según los datos de la lonja de Jaén publicados este lunes.
Los productores atribuyen la caída a la buena cosecha y a la recuperación de las reservas de agua en Andalucía.
Encuesta
¿Cuánto aceite compra al mes?
Menos de un litro
Entre uno y tres litros
Votar
Los consumidores notarán la bajada en los supermercados en las próximas semanas, según las cadenas de distribución.
"""

NEWSLETTER = """Jornal do Vale
Sociedade
Câmara aprova novo parque urbano junto ao rio
Por João Silva
3 de junho de 2025
A Câmara Municipal aprovou esta terça-feira a construção de um parque urbano de 12 hectares junto ao rio, com um investimento de 4 milhões de euros.
As obras devem começar no outono e durar cerca de dois anos, segundo o vereador do ambiente.
Newsletter
Todas as manhãs, as notícias do Vale antes do café.
Subscrever
O projeto prevê ciclovias, um parque infantil e uma zona de merendas com acesso ao rio.
"""


def test_a_poll_inside_the_article_leaves_the_text_after_it():
    body = newsclean.clean(POLL).body
    assert "Encuesta" not in body and "Votar" not in body and "¿Cuánto aceite" not in body
    assert body.endswith("según las cadenas de distribución.")


def test_a_newsletter_box_inside_the_article_leaves_the_text_after_it():
    body = newsclean.clean(NEWSLETTER).body
    assert "Newsletter" not in body and "Subscrever" not in body and "antes do café" not in body
    assert body.endswith("uma zona de merendas com acesso ao rio.")
