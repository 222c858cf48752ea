// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportHistoryDialog.h"

#include "importjob/ImportBatchRepository.h"
#include "itemmodels/ImportBatchTableModel.h"
#include "settings/SettingsKeys.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

const QLatin1String kGeometryKey = SettingsKeys::importHistoryGeometry;

} // namespace

ImportHistoryDialog::ImportHistoryDialog(QSqlDatabase db, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_model(new ImportBatchTableModel(this))
    , m_table(new QTableView(this))
    , m_reason(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo Import…"), this))
{
    setObjectName(QStringLiteral("ImportHistoryDialog"));
    setWindowTitle(tr("Import History"));

    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_reason->setObjectName(QStringLiteral("undoReason"));
    m_reason->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Only the most recent import can be undone; undoing deletes the sellers, "
                                    "snapshots or mentors it added and puts back the values it changed."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);

    resize(900, 420);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    connect(this, &QDialog::finished, this, [this] { QSettings().setValue(kGeometryKey, saveGeometry()); });

    reload();
}

void ImportHistoryDialog::reload()
{
    const ImportBatchRepository repository(m_db);
    m_model->setBatches(repository.batches());
    m_table->resizeColumnsToContents();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportHistoryDialog::selectionChanged, Qt::UniqueConnection);
    const int undoable = m_model->rowOfBatch(repository.undoableBatch());
    m_table->selectRow(std::max(0, undoable));
    selectionChanged();
    m_table->setFocus();
}

void ImportHistoryDialog::selectionChanged()
{
    const ImportBatch batch = m_model->batchAt(m_table->currentIndex().row());
    QString reason;
    bool canUndo = false;
    if (batch.id == 0) {
        reason = m_model->rowCount() == 0 ? tr("No file has been imported into this program yet.") : QString();
    } else if (batch.isUndone()) {
        reason = tr("This import has been undone already.");
    } else {
        canUndo = ImportBatchRepository(m_db).canUndo(batch.id, &reason);
    }
    m_undo->setEnabled(canUndo);
    m_reason->setText(canUndo ? QString() : reason);
}

void ImportHistoryDialog::undoSelected()
{
    const ImportBatch batch = m_model->batchAt(m_table->currentIndex().row());
    if (batch.id == 0)
        return;
    // Plain ints for the plurals: lupdate does not see through a cast.
    const int mentorsAdded = int(batch.mentorsAdded);
    const int mentorsUpdated = int(batch.mentorsUpdated);
    const int sellersAdded = int(batch.sellersAdded);
    const int sellersUpdated = int(batch.sellersUpdated);
    const int snapshotsAdded = int(batch.snapshotsAdded);
    const int snapshotsUpdated = int(batch.snapshotsUpdated);
    const QStringList effects =
        batch.kind == QLatin1String("mentors")
            ? QStringList{tr("%n mentor(s) it added will be deleted.", nullptr, mentorsAdded),
                          tr("%n mentor(s) it updated get their previous values and lists back.", nullptr,
                             mentorsUpdated)}
            : QStringList{tr("%n seller(s) it added will be deleted.", nullptr, sellersAdded),
                          tr("%n seller(s) it updated get their previous values back.", nullptr, sellersUpdated),
                          tr("%n snapshot(s) it added will be deleted.", nullptr, snapshotsAdded),
                          tr("%n snapshot(s) it updated get their previous values back.", nullptr, snapshotsUpdated)};
    const QString question =
        tr("Undo the import of “%1” of %2?")
            .arg(batch.fileName, QLocale().toString(batch.startedUtc.toLocalTime(), QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Question, tr("Undo Import"), question, QMessageBox::NoButton, this);
    box.setInformativeText(effects.join(QLatin1Char('\n')));
    QPushButton* undo = box.addButton(tr("Undo Import"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != undo)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ImportBatchRepository(m_db, m_feed).undo(batch.id, m_actor, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Import not undone"), error);
        return;
    }
    reload();
    Q_EMIT importUndone(batch.id);
}

} // namespace mentordesk
