"""Developer tool: write the print layout templates in layouts/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_layouts.py

The templates are made with the QgsPrintLayout API by
layouts/layout_templates.py (the one description of their geometry) and saved
with saveAsTemplate, so they can be rebuilt and reviewed at any time. They
hold frames and empty items only; layouts/layout_fill.py fills them per task.
"""

import os

import plugin_package  # scripts/plugin_package.py

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _plugin():
    return plugin_package.load()


def main():
    from qgis.core import QgsApplication, QgsProject
    app = QgsApplication([], False)
    app.initQgis()
    _plugin()
    from mine_action_mapper.layouts import layout_templates as templates
    project = QgsProject()
    os.makedirs(templates.LAYOUTS_DIR, exist_ok=True)
    written = []
    for paper in templates.PAPERS:
        layout = templates.build_task_order_layout(project, paper)
        written.append(templates.save_template(layout, templates.template_path(paper)))
    written.append(templates.save_template(templates.build_overview_layout(project),
                                           templates.template_path(templates.OVERVIEW)))
    for path in written:
        print(os.path.relpath(path, ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()
