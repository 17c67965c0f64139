"""The one way the desktop tells the user something: the message bar, and the
same text in the Mine Action log (``store.log``), where it stays readable
after the bar has been closed."""

from qgis.core import Qgis

from ..store.log import log

#: seconds a message stays on the bar; errors stay until closed
DURATIONS = {Qgis.MessageLevel.Info: 5, Qgis.MessageLevel.Success: 5,
             Qgis.MessageLevel.Warning: 10, Qgis.MessageLevel.Critical: 0}


def tell(iface, title, message, level=Qgis.MessageLevel.Warning, duration=None):
    """Show ``message`` under ``title`` on ``iface``'s message bar and log it."""
    log("{title}: {message}".format(title=title, message=message), level)
    iface.messageBar().pushMessage(title, str(message), level=level,
                                   duration=DURATIONS.get(level, 10) if duration is None
                                   else duration)


def tell_with_action(iface, title, message, action_text, action, level=Qgis.MessageLevel.Warning):
    """Like ``tell``, with a button that does what the message asks; the
    message stays until closed or acted on (``action`` gets the bar item)."""
    from qgis.PyQt.QtWidgets import QPushButton
    log("{title}: {message}".format(title=title, message=message), level)
    bar = iface.messageBar()
    item = bar.createMessage(title, str(message))
    button = QPushButton(action_text)
    button.clicked.connect(lambda _checked=False: action(item))
    item.layout().addWidget(button)
    bar.pushWidget(item, level, 0)
    return item


def tell_error(iface, title, error):
    """Show an exception's (translated) message as a warning and log it."""
    tell(iface, title, str(error), Qgis.MessageLevel.Warning)
