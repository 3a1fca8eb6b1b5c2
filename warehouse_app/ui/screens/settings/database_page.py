"""Which database this computer opens at the next start: the usual file, another SQLite
file, or a PostgreSQL server shared by several stations, tried first with one button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.paths import default_db_url
from warehouse_app.station.store import save_database_url, stored_database_url
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.language import file_dialog_options
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.operations.settings import (
    PostgresParts,
    ProbeResult,
    describe_address,
    postgres_url,
    probe,
    sqlite_url,
)
from warehouse_app.ui.screens.settings.common import button, message_and_buttons, note

DEFAULT, FILE, SERVER = 0, 1, 2


class DatabasePage(QWidget):
    """Saved with QSettings (``database_url``); used at the next start unless --db or
    $WAREHOUSE_DB says otherwise."""

    def __init__(self, ctx: AppContext, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePage")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        now = QLabel(self.tr("Now working on: {name}").format(name=database_name), self)
        now.setWordWrap(True)
        layout.addWidget(now)

        self.kind = QButtonGroup(self)
        self.default_choice = QRadioButton(self.tr("The usual file on this computer"), self)
        layout.addWidget(self.default_choice)
        layout.addWidget(self._indented(note(describe_address(default_db_url())[1], self)))  # type: ignore[arg-type]

        self.file_choice = QRadioButton(self.tr("Another SQLite file (e.g. on a USB stick or a shared folder)"), self)
        layout.addWidget(self.file_choice)
        file_row = QHBoxLayout()
        self.file_path = QLineEdit(self)
        self.file_path.setObjectName("sqlitePath")
        self.file_path.setPlaceholderText(self.tr("Choose the file with Browse\u2026"))
        browse = QPushButton(self.tr("Browse\u2026"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(browse)
        layout.addWidget(self._indented(file_row))

        self.server_choice = QRadioButton(self.tr("A PostgreSQL server shared by several stations"), self)
        layout.addWidget(self.server_choice)
        server = QGroupBox(self)
        form = QFormLayout(server)
        self.host, self.database, self.user, self.password = (QLineEdit(server) for _ in range(4))
        for field, name in ((self.host, "pgHost"), (self.database, "pgDatabase"), (self.user, "pgUser"),
                            (self.password, "pgPassword")):
            field.setObjectName(name)
        self.port = QSpinBox(server)
        self.port.setObjectName("pgPort")
        self.port.setRange(1, 65535)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server address:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database name:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", note(self.tr(
            "A password is kept in this computer's settings, readable by anyone who logs in as you. "
            "Leave it empty if the server lets this computer in without one (a .pgpass file, or trust)."), server))
        layout.addWidget(self._indented(server))
        for index, radio in enumerate((self.default_choice, self.file_choice, self.server_choice)):
            self.kind.addButton(radio, index)
        self.kind.idToggled.connect(lambda _i, _on: self._enable())

        layout.addStretch(1)
        layout.addWidget(note(self.tr(
            "A new database takes effect when the app restarts (unless it is started with --db or WAREHOUSE_DB)."), self))
        self.test_button = button(self, self.tr("Test connection"), "testConnection", self.test_connection)
        self.save_button = button(self, self.tr("Use this database from the next start"), "saveDatabase", self.save)
        self.messages = message_and_buttons(self, layout, self.test_button, self.save_button)
        self._fill(stored_database_url())

    def _indented(self, inner: QWidget | QHBoxLayout) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(24, 0, 0, 0)
        if isinstance(inner, QWidget):
            row.addWidget(inner)
        else:
            row.addLayout(inner)
        return box

    def _fill(self, url: str | None) -> None:
        parts = PostgresParts()
        choice = DEFAULT
        if url:
            try:
                kind, where = describe_address(url)
            except WarehouseError:
                kind, where = "", ""
            if kind == "sqlite" and url != default_db_url():
                choice = FILE
                self.file_path.setText(str(where))
            elif kind == "postgresql" and isinstance(where, PostgresParts):
                choice, parts = SERVER, where
        self.host.setText(parts.host)
        self.port.setValue(parts.port)
        self.database.setText(parts.database)
        self.user.setText(parts.user)
        self.password.setText(parts.password)
        self.kind.button(choice).setChecked(True)
        self._enable()

    def _enable(self) -> None:
        choice = self.kind.checkedId()
        self.file_path.parentWidget().setEnabled(choice == FILE)
        self.host.parentWidget().setEnabled(choice == SERVER)

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("The database file (an existing one, or a new name)"), self.file_path.text(),
            self.tr("Aid Warehouse database (*.sqlite3 *.db);;All files (*)"),
            options=file_dialog_options(QFileDialog.Option.DontConfirmOverwrite))
        if path:
            self.file_path.setText(path)

    def chosen_url(self) -> str:
        """The address the page describes; a missing or wrong field raises one sentence."""
        choice = self.kind.checkedId()
        if choice == FILE:
            return sqlite_url(self.file_path.text())
        if choice == SERVER:
            return postgres_url(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                                self.password.text())
        return default_db_url()

    def _url_or_say_why(self) -> str | None:
        try:
            return self.chosen_url()
        except WarehouseError as exc:
            self.messages.error(error_text(exc))
            return None

    def test_connection(self) -> None:
        url = self._url_or_say_why()
        if url is None:
            return
        self.test_button.setEnabled(False)
        self.messages.show_message(self.tr("Trying the database\u2026 (at most a few seconds)"), "info", 0)
        probe(self, url).success(self._tested).failure(self._test_failed).run(self.ctx.runner)

    def _tested(self, result: ProbeResult) -> None:
        self.test_button.setEnabled(True)
        (self.messages.success if result.ok else self.messages.error)(error_text(result.sentence()))

    def _test_failed(self, sentence: str) -> None:
        self.test_button.setEnabled(True)
        self.messages.error(sentence)

    def save(self) -> None:
        url = self._url_or_say_why()
        if url is None:
            return
        save_database_url(None if self.kind.checkedId() == DEFAULT else url)
        self.messages.success(self.tr("Saved. The app opens this database when it restarts."))
