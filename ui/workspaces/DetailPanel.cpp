// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPanel.h"

#include "itemmodels/AuditTableModel.h"
#include "itemmodels/MetricComparisonModel.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/PairingTableModel.h"
#include "storage/DetailRepository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mentordesk {

DetailPanel::DetailPanel(const TableSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_profileForm(new QFormLayout)
    , m_auditModel(new AuditTableModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* profile = new QWidget;
    profile->setLayout(m_profileForm);
    m_profileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profileForm->setLabelAlignment(Qt::AlignRight);
    for (const FieldSpec& field : m_spec.fields) {
        auto* value = new QLabel;
        value->setTextFormat(Qt::PlainText); // records are data, never markup
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        // Long unbroken values (e-mail addresses) are clipped rather than widening the panel.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_profileForm->addRow(tr("%1:").arg(field.translatedTitle()), value);
        m_profileValues << value;
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(profile);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Profile"));

    if (m_spec.entity == EntityKind::Seller) {
        m_metricModel = new MetricComparisonModel(this);
        m_tabs->addTab(makeTable(m_metricModel), tr("Metrics"));
    }
    if (m_spec.entity == EntityKind::Seller || m_spec.entity == EntityKind::Mentor) {
        m_pairingModel = new PairingTableModel(this);
        m_tabs->addTab(makeTable(m_pairingModel), tr("Pairings"));
    }
    if (m_spec.entity == EntityKind::Cohort) {
        m_members = new QListWidget;
        m_tabs->addTab(m_members, tr("Members"));
    }
    m_tabs->addTab(makeTable(m_auditModel), tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    showRow(nullptr, -1);
}

QTableView* DetailPanel::makeTable(QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Small tables only: resizing to contents is cheap here, unlike in the workspaces.
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    connect(model, &QAbstractItemModel::dataChanged, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

void DetailPanel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    showRow(nullptr, -1);
}

void DetailPanel::showRow(const PagedTableModel* model, int row)
{
    m_recordId = model && row >= 0 ? model->recordId(row) : 0;
    m_tabs->setEnabled(m_recordId != 0);
    if (m_recordId == 0) {
        m_title->setText(tr("Select a record to see its details."));
        for (QLabel* value : std::as_const(m_profileValues))
            value->clear();
        if (m_metricModel)
            m_metricModel->setMetrics({});
        if (m_pairingModel)
            m_pairingModel->setPairings({}, QString());
        if (m_members)
            m_members->clear();
        m_auditModel->setEntries(&m_spec, {});
        return;
    }

    for (int column = 0; column < m_spec.fields.size(); ++column) {
        const QModelIndex index = model->index(row, column);
        const FieldSpec& field = m_spec.fields.at(column);
        QString text = field.type == FieldType::Boolean ? field.displayText(index.data(Qt::EditRole))
                                                        : index.data(Qt::DisplayRole).toString();
        m_profileValues.at(column)->setText(text.isEmpty() ? QStringLiteral("—") : text);
    }
    const int nameColumn = m_spec.fieldIndex(m_spec.displayNameExpression.mid(2));
    m_title->setText(model->index(row, std::max(0, nameColumn)).data().toString());

    const DetailRepository details(m_db);
    if (m_metricModel)
        m_metricModel->setMetrics(details.sellerMetrics(m_recordId));
    if (m_pairingModel) {
        if (m_spec.entity == EntityKind::Seller)
            m_pairingModel->setPairings(details.pairingsOfSeller(m_recordId), tr("Mentor"));
        else
            m_pairingModel->setPairings(details.pairingsOfMentor(m_recordId), tr("Mentee"));
    }
    if (m_members) {
        constexpr int kShownMembers = 500;
        m_members->clear();
        m_members->addItems(details.cohortMembers(m_recordId, kShownMembers));
        const int members = details.cohortMemberCount(m_recordId);
        if (members > kShownMembers)
            m_members->addItem(tr("… and %Ln more (filter the Sellers workspace by this cohort to see all)", nullptr,
                                  members - kShownMembers));
    }
    m_auditModel->setEntries(&m_spec, details.auditHistory(m_spec.entity, m_recordId));
}

} // namespace mentordesk
