"""With QGIS in French, the plugin's menu and algorithms are in French."""

import pytest
from qgis.core import QgsApplication, QgsSettings

from mine_action_mapper import classFactory
from mine_action_mapper.core import vocabulary
from mine_action_mapper.core.i18n import set_translator


@pytest.fixture()
def french():
    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    yield
    settings.setValue("locale/overrideFlag", saved[0] or False)
    settings.setValue("locale/userLocale", saved[1] or "")
    set_translator(None)


def test_french_menu_algorithms_and_vocabulary(french, iface, qgis_processing):
    assert QgsApplication.locale().startswith("fr")
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.menu.title() == "Action contre les mines"
        texts = [action.text() for action in plugin.actions]
        assert "Créer une base de données d'action contre les mines…" in texts
        provider = QgsApplication.processingRegistry().providerById("mineaction")
        assert provider.name() == "Action contre les mines"
        names = {alg.name(): alg.displayName() for alg in provider.algorithms()}
        assert names["createdatabase"] == "Créer une base de données d'action contre les mines"
        assert names["opendatabase"] == "Ouvrir une base de données d'action contre les mines"
        assert vocabulary.HAZARD_CLASS.label("CHA") == "Zone dangereuse confirmée (ZDC)"
    finally:
        plugin.unload()
    # unloading removes the translator: English again
    assert vocabulary.HAZARD_STATUS.label("open") in ("Open", "Ouverte")


def test_translation_sources_match_the_code(tmp_path):
    """Every translatable string in the code is in the committed .ts (run
    `make i18n` after adding strings), and the .ts has no string the code lost."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET
    from pathlib import Path
    if shutil.which("pylupdate5") is None:
        pytest.skip("pylupdate5 (pyqt5-dev-tools) is not installed")
    root = Path(__file__).resolve().parents[2]
    sources = subprocess.run(["bash", str(root / "scripts" / "i18n_sources.sh")],
                             capture_output=True, text=True, check=True).stdout.split()
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)],
                   cwd=root, capture_output=True, check=True)

    def messages(path):
        tree = ET.parse(path).getroot()
        return {(context.findtext("name"), message.findtext("source"))
                for context in tree.iter("context") for message in context.iter("message")}
    code = messages(fresh)
    for ts in sorted((root / "i18n").glob("mine_action_mapper_*.ts")):
        assert messages(ts) == code, "%s: run make i18n" % ts.name
