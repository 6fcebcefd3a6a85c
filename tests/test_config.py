"""Configuration: selection like ruff, options per detector, TOML files, loud errors."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Config, ConfigError
from newsclean.detectors.base import Example, detector


def selected(**kwargs) -> set[str]:
    return set(newsclean.Cleaner(Config(**kwargs)).selected)


def test_default_selects_everything():
    assert {"NV01", "AD02", "BY01", "CX03"} <= selected()


def test_select_by_code_prefix_name_and_family():
    assert selected(select=("NV01",)) == {"NV01"}
    assert {"NV01", "NV02"} <= selected(select=("NV",))
    assert selected(select=("navigation.back_link",)) == {"NV01"}
    assert "AD01" in selected(select=("ads",)) and "NV01" not in selected(select=("ads",))


def test_more_specific_wins_and_ignore_wins_a_tie():
    assert "NV01" in selected(select=("NV01",), ignore=("NV",))
    assert "NV01" not in selected(select=("NV",), ignore=("NV01",))
    assert "NV01" not in selected(select=("NV01",), ignore=("NV01",))


def test_extend_select_adds():
    assert selected(select=("NV",), extend_select=("AD01",)) >= {"NV01", "AD01"}


def test_unknown_selector_raises():
    with pytest.raises(ConfigError, match="unknown selector"):
        newsclean.Cleaner(Config(select=("NOPE",)))


def test_options_are_checked():
    newsclean.Cleaner(Config(options={"ads.labelled_teaser": {"window": 3}}))
    with pytest.raises(ConfigError, match="no option"):
        newsclean.Cleaner(Config(options={"ads.labelled_teaser": {"windw": 3}}))
    with pytest.raises(ConfigError, match="unknown detector"):
        newsclean.Cleaner(Config(options={"ads.nothing": {}}))


def test_toml(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.newsclean]\nignore = ["NV01"]\nlanguage = "en"\n', encoding="utf-8")
    config = Config.from_toml(str(path))
    assert config.ignore == ("NV01",) and config.language == "en"
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown config keys"):
        Config.from_toml(str(bad))


def test_unknown_language_raises():
    with pytest.raises(ConfigError, match="unknown language"):
        newsclean.Cleaner(Config(language="xx"))


def test_custom_detector_runs_and_is_recorded():
    @detector("ZZ01", "custom.house_ad", flags=("Buy our mugs",), keeps=("The mugs broke.",))
    def house_ad(ctx):
        """Our own house ad."""
        return "house ad" if ctx.lower == "buy our mugs" else None

    cleaner = newsclean.Cleaner(detectors=(*newsclean.BUILTIN, house_ad))
    result = cleaner.clean("Storm closes ports\n\nThe storm closed three ports on Monday, the harbour master said.\n"
                           "Buy our mugs\nThe ports will reopen on Wednesday if the wind drops as forecast.")
    assert "Buy our mugs" not in result.body
    assert "ZZ01" in result.to_dict()["config"]["selected"]
    assert result.to_dict()["config"]["plugins"] == ["ZZ01"]
    assert [d.code for d in result.removed if d.block.text == "Buy our mugs"] == ["ZZ01"]


def test_config_is_immutable_and_digest_is_stable():
    a, b = Config(ignore=("NV01",)), Config(ignore=("NV01",))
    assert a.digest() == b.digest() != Config().digest()
    with pytest.raises(AttributeError):
        a.ignore = ()  # type: ignore[misc]


def test_example_type_is_public():
    assert Example("x").line == "x"
