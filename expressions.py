"""Expression functions the plugin adds to QGIS (removed again on unload)."""

from qgis.core import qgsfunction

from .core import vocabulary


@qgsfunction(args=2, group="Mine Action", register=False)
def mine_action_label(values, feature, parent):
    """<h3>mine_action_label(list, code)</h3>
    Returns the label, in the QGIS language, of a mine action code.
    <h4>Example</h4><pre>mine_action_label('hazard_class', "hazard_class")
    &rarr; 'Confirmed Hazardous Area (CHA)'</pre>"""
    name, code = values
    vocab = vocabulary.BY_NAME.get(name)
    if vocab is None:
        parent.setEvalErrorString("unknown list: {}".format(name))
        return None
    return vocab.label(code) if code is not None else None


FUNCTIONS = [mine_action_label]
