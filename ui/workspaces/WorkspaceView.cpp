// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceView.h"

#include "DetailPanel.h"
#include "dialogs/AddRecordDialog.h"
#include "editing/ProgramEditor.h"
#include "FieldDelegate.h"
#include "itemmodels/FacetModel.h"
#include "itemmodels/PagedTableModel.h"
#include "settings/SettingsKeys.h"
#include "storage/CohortMembershipRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace mentordesk {

namespace {

constexpr int kSearchDelayMs = 150;

QString searchPlaceholder(EntityKind entity)
{
    if (entity == EntityKind::Seller)
        return WorkspaceView::tr("Search shop, contact, e-mail or seller ID  (Ctrl+F)");
    if (entity == EntityKind::Mentor)
        return WorkspaceView::tr("Search name, e-mail or category  (Ctrl+F)");
    return WorkspaceView::tr("Search name, focus or notes  (Ctrl+F)");
}

} // namespace

WorkspaceView::WorkspaceView(const TableSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_model(new PagedTableModel(spec, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_addButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
    , m_columnsButton(new QToolButton(this))
    , m_columnMenu(new QMenu(this))
    , m_idFilterChip(new QWidget(this))
    , m_idFilterText(new QLabel(m_idFilterChip))
    , m_idFilterRemove(new QToolButton(m_idFilterChip))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_delegate(new FieldDelegate(spec, this))
    , m_detail(new DetailPanel(spec, m_splitter))
{
    setObjectName(entityText(spec.entity) + QStringLiteral("Workspace"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(searchPlaceholder(spec.entity));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        if (m_model->isSearchTextTooShort())
            Q_EMIT statusMessage(tr("Type at least %1 letters per word to search %2 records.")
                                     .arg(m_model->minimumSearchLength())
                                     .arg(QLocale().toString(m_model->unfilteredCount())));
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (int i = 0; i < spec.facets.size(); ++i) {
        auto* facetModel = new FacetModel(spec, i, this);
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("facet-") + spec.facets.at(i).key);
        box->setModel(facetModel);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        box->setToolTip(
            tr("Show only records with this %1").arg(QCoreApplication::translate("Fields", spec.facets.at(i).title)));
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, facetModel](int row) {
            m_model->setFacetValue(facetModel->facet().key, facetModel->index(row, 0).data(FacetModel::ValueRole));
        });
        filters->addWidget(box, 1);
        m_facetBoxes << box;
        m_facetModels << facetModel;
    }

    m_addButton->setText(tr("Add"));
    m_addButton->setToolTip(tr("Add a record (Insert)"));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_addButton, &QToolButton::clicked, this, &WorkspaceView::addRecord);
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected record (Delete)"));
    m_deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_deleteButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    connect(m_deleteButton, &QToolButton::clicked, this, &WorkspaceView::deleteSelectedRecord);
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns to show"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(m_columnMenu);
    filters->addWidget(m_addButton);
    filters->addWidget(m_deleteButton);
    filters->addWidget(m_columnsButton);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_editor)
            return;
        QMenu menu(this);
        menu.addAction(tr("Add…"), this, &WorkspaceView::addRecord);
        const bool onRecord = m_table->indexAt(pos).isValid();
        if (onRecord && hasCohorts())
            menu.addAction(tr("Assign to Cohort…"), this, &WorkspaceView::assignSelectedToCohort);
        if (onRecord)
            menu.addAction(tr("Delete…"), this, &WorkspaceView::deleteSelectedRecord);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // Fixed heights and widths: measuring contents would read every one of a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& pos) { m_columnMenu->popup(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (column >= 0 && !m_model->isSortable(column)) {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            Q_EMIT statusMessage(tr("“%1” cannot be sorted; sortable columns say so in their tooltip.")
                                     .arg(m_spec.fields.at(column).translatedTitle()));
        }
    });
    for (int column = 0; column < spec.fields.size(); ++column) {
        header->resizeSection(column, spec.fields.at(column).defaultWidth);
        header->setSectionHidden(column, !spec.fields.at(column).visibleByDefault);
    }

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    buildIdFilterChip();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_idFilterChip, 0, Qt::AlignLeft);
    layout->addWidget(m_splitter, 1);

    buildColumnMenu();
    restoreSettings();

    connect(m_model, &PagedTableModel::countsChanged, this, &WorkspaceView::countsChanged);
    connect(m_model, &PagedTableModel::modelReset, this, &WorkspaceView::updateDetail);
    connect(m_model, &PagedTableModel::dataChanged, this, &WorkspaceView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkspaceView::updateDetail);
    connect(m_model, &PagedTableModel::errorOccurred, this, &WorkspaceView::statusMessage);
    connect(m_delegate, &FieldDelegate::valueRejected, this, &WorkspaceView::statusMessage);
    setProgram(QSqlDatabase(), nullptr, nullptr);
}

WorkspaceView::~WorkspaceView() = default;

QString WorkspaceView::settingsKey(const QString& name) const
{
    return SettingsKeys::workspaceKey(entityText(m_spec.entity), name);
}

void WorkspaceView::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("header")), m_table->horizontalHeader()->saveState());
    settings.setValue(settingsKey(QStringLiteral("splitter")), m_splitter->saveState());
}

void WorkspaceView::restoreSettings()
{
    const QSettings settings;
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = settings.value(settingsKey(QStringLiteral("header"))).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    // Each program opens unsorted; a saved sort indicator would claim an order not applied.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    const QByteArray splitter = settings.value(settingsKey(QStringLiteral("splitter"))).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({860, 460});
    for (QAction* action : m_columnMenu->actions())
        action->setChecked(!header->isSectionHidden(action->data().toInt()));
}

void WorkspaceView::buildColumnMenu()
{
    for (int column = 0; column < m_spec.fields.size(); ++column) {
        QAction* action = m_columnMenu->addAction(m_spec.fields.at(column).translatedTitle());
        action->setCheckable(true);
        action->setChecked(m_spec.fields.at(column).visibleByDefault);
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column, action](bool visible) {
            QHeaderView* header = m_table->horizontalHeader();
            // Keep at least one column, or the table could not be brought back from the header.
            if (!visible && header->count() - header->hiddenSectionCount() <= 1) {
                const QSignalBlocker blocker(action);
                action->setChecked(true);
                return;
            }
            header->setSectionHidden(column, !visible);
            saveSettings();
        });
    }
}

void WorkspaceView::setProgram(QSqlDatabase db, const SqlDialect* dialect, ProgramEditor* editor)
{
    m_db = db;
    m_editor = editor;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_model->setSearchText(QString());
    m_model->setDatabase(db, dialect, editor);
    updateIdFilterChip();
    for (int i = 0; i < m_facetModels.size(); ++i) {
        const QSignalBlocker blocker(m_facetBoxes.at(i));
        m_facetModels.at(i)->load(db);
        m_facetBoxes.at(i)->setCurrentIndex(0);
        m_model->setFacetValue(m_facetModels.at(i)->facet().key, QVariant());
    }
    disconnect(m_changesConnection);
    if (editor) {
        // Any change may bring or take away a value to filter by (a country, a renamed cohort, a
        // seller category offered for mentors); the lists are index seeks, cheap to re-read.
        m_changesConnection = connect(editor->changes(), &ChangeFeed::changed, this, &WorkspaceView::reloadFacets);
    }
    m_detail->setDatabase(db);
    const bool enabled = editor != nullptr;
    m_addButton->setEnabled(enabled);
    m_deleteButton->setEnabled(enabled);
    m_search->setEnabled(enabled);
    for (QComboBox* box : std::as_const(m_facetBoxes))
        box->setEnabled(enabled);
    if (enabled && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, m_table->horizontalHeader()->logicalIndex(0)));
    Q_EMIT countsChanged();
}

void WorkspaceView::reloadFacets()
{
    for (int i = 0; i < m_facetModels.size(); ++i) {
        QComboBox* box = m_facetBoxes.at(i);
        FacetModel* facetModel = m_facetModels.at(i);
        const QVariant current = box->currentData(FacetModel::ValueRole);
        const QSignalBlocker blocker(box);
        facetModel->load(m_db);
        const int row = facetModel->rowOf(current);
        box->setCurrentIndex(row);
        // The chosen value is gone: the box shows "All", so the table must not keep filtering.
        if (row == 0 && !current.isNull())
            m_model->setFacetValue(facetModel->facet().key, QVariant());
    }
}

QString WorkspaceView::countText() const
{
    const int shown = m_model->rowCount();
    const int total = int(std::min<qint64>(m_model->unfilteredCount(), std::numeric_limits<int>::max()));
    const QString shownText = QLocale().toString(shown);
    // %Ln: the count in the user's number format, with the plural form it calls for.
    if (m_spec.entity == EntityKind::Seller)
        return shown == total ? tr("%Ln seller(s)", nullptr, total)
                              : tr("%1 of %Ln seller(s)", nullptr, total).arg(shownText);
    if (m_spec.entity == EntityKind::Mentor)
        return shown == total ? tr("%Ln mentor(s)", nullptr, total)
                              : tr("%1 of %Ln mentor(s)", nullptr, total).arg(shownText);
    return shown == total ? tr("%Ln cohort(s)", nullptr, total)
                          : tr("%1 of %Ln cohort(s)", nullptr, total).arg(shownText);
}

void WorkspaceView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->showRow(m_model, current.isValid() ? current.row() : -1);
    m_deleteButton->setEnabled(m_editor && current.isValid());
}

void WorkspaceView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WorkspaceView::buildIdFilterChip()
{
    m_idFilterChip->setObjectName(QStringLiteral("idFilterChip"));
    m_idFilterChip->setAttribute(Qt::WA_StyledBackground);
    // A rounded tag in the palette's highlight colours, like a filter token.
    m_idFilterChip->setStyleSheet(QStringLiteral("#idFilterChip { background: palette(highlight); border-radius: 9px; }"
                                                 "#idFilterChip QLabel { color: palette(highlighted-text); }"));
    m_idFilterText->setObjectName(QStringLiteral("idFilterText"));
    m_idFilterRemove->setObjectName(QStringLiteral("idFilterRemove"));
    m_idFilterRemove->setText(QStringLiteral("✕"));
    m_idFilterRemove->setAutoRaise(true);
    m_idFilterRemove->setFocusPolicy(Qt::StrongFocus);
    m_idFilterRemove->setToolTip(tr("Show every record again"));
    connect(m_idFilterRemove, &QToolButton::clicked, this, &WorkspaceView::clearIdFilter);
    auto* chipLayout = new QHBoxLayout(m_idFilterChip);
    chipLayout->setContentsMargins(8, 0, 2, 0);
    chipLayout->setSpacing(4);
    chipLayout->addWidget(m_idFilterText);
    chipLayout->addWidget(m_idFilterRemove);
    m_idFilterChip->hide();
}

void WorkspaceView::updateIdFilterChip()
{
    if (!m_model->hasIdFilter()) {
        m_idFilterChip->hide();
        return;
    }
    const QString label = m_model->idFilterLabel();
    const QString count = QLocale().toString(m_model->idFilterSize());
    m_idFilterText->setText(m_spec.entity == EntityKind::Seller ? tr("Sellers behind: %1 (%2)").arg(label, count)
                                                                : tr("Records behind: %1 (%2)").arg(label, count));
    m_idFilterChip->setAccessibleName(m_idFilterText->text());
    m_idFilterRemove->setAccessibleName(tr("Remove the filter “%1”").arg(label));
    m_idFilterChip->show();
}

bool WorkspaceView::setIdFilter(const QVector<qint64>& ids, const QString& label)
{
    clearFilters();
    const bool applied = m_model->setIdFilter(ids, label);
    updateIdFilterChip();
    Q_EMIT countsChanged();
    return applied;
}

void WorkspaceView::clearIdFilter()
{
    const bool hadFocus = m_idFilterRemove->hasFocus();
    m_model->clearIdFilter();
    updateIdFilterChip();
    // The button the keyboard was on is gone: the table is where the user goes on from.
    if (hadFocus)
        m_table->setFocus();
    Q_EMIT countsChanged();
}

void WorkspaceView::clearFilters()
{
    clearIdFilter();
    m_search->clear();
    m_model->setSearchText(QString());
    for (QComboBox* box : std::as_const(m_facetBoxes))
        box->setCurrentIndex(0);
}

void WorkspaceView::selectRecord(qint64 id)
{
    int row = m_model->rowOfRecord(id);
    if (row < 0) {
        clearFilters();
        row = m_model->rowOfRecord(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, m_table->horizontalHeader()->logicalIndex(0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void WorkspaceView::addRecord()
{
    if (!m_editor)
        return;
    AddRecordDialog dialog(m_spec, m_editor->records(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_editor->addRecord(m_spec, dialog.values());
    if (id == 0) {
        QMessageBox::warning(this, tr("Record not added"), m_editor->errorString());
        return;
    }
    selectRecord(id);
    m_table->setFocus();
    Q_EMIT statusMessage(tr("Added “%1”. Edit ▸ Undo takes it back.").arg(m_editor->records().displayName(m_spec, id)));
}

void WorkspaceView::assignSelectedToCohort()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_editor || !hasCohorts() || !current.isValid())
        return;
    const qint64 id = m_model->recordId(current.row());
    CohortMembershipRepository memberships(m_editor->records());
    const QVector<CohortChoice> cohorts = memberships.cohorts();
    const qint64 currentCohort = memberships.membership(id).cohortId;
    QStringList names{tr("(no cohort)")};
    int currentItem = 0;
    for (const CohortChoice& cohort : cohorts) {
        names << cohort.name;
        if (cohort.id == currentCohort)
            currentItem = int(names.size()) - 1;
    }
    bool ok = false;
    const QString name = m_editor->records().displayName(m_spec, id);
    const QString chosen = QInputDialog::getItem(this, tr("Assign to Cohort"), tr("Cohort for “%1”:").arg(name), names,
                                                 currentItem, false, &ok);
    if (!ok)
        return;
    const int chosenIndex = int(names.indexOf(chosen));
    const qint64 cohortId = chosenIndex <= 0 ? 0 : cohorts.at(chosenIndex - 1).id;
    if (!m_editor->assignCohort(id, cohortId)) {
        QMessageBox::warning(this, tr("Cohort not changed"), m_editor->errorString());
        return;
    }
    Q_EMIT statusMessage(cohortId == 0 ? tr("“%1” is no longer in a cohort.").arg(name)
                                       : tr("“%1” is now in “%2”.").arg(name, chosen));
}

void WorkspaceView::deleteSelectedRecord()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_editor || !current.isValid())
        return;
    const qint64 id = m_model->recordId(current.row());
    const DeletePlan plan = m_editor->planDelete(m_spec, id);
    if (plan.isBlocked()) {
        QMessageBox::information(this, tr("Cannot delete “%1”").arg(plan.name), plan.blockedReason);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete “%1”?").arg(plan.name),
                    plan.consequences.isEmpty()
                        ? tr("Delete “%1”? Edit ▸ Undo brings it back.").arg(plan.name)
                        : tr("Deleting “%1” also deletes:\n\n• %2\n\nEdit ▸ Undo brings all of it back.")
                              .arg(plan.name, plan.consequences.join(QStringLiteral("\n• "))),
                    QMessageBox::Cancel, this);
    QPushButton* deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    const int row = current.row();
    if (!m_editor->deleteRecord(m_spec, id)) {
        QMessageBox::warning(this, tr("Record not deleted"), m_editor->errorString());
        return;
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), m_table->horizontalHeader()->logicalIndex(0)));
    Q_EMIT statusMessage(tr("Deleted “%1”. Edit ▸ Undo brings it back.").arg(plan.name));
}

} // namespace mentordesk
