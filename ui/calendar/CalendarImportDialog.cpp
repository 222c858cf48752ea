// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarImportDialog.h"

#include "calendar/ICalendarImport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

void addGroup(QTreeWidget* tree, const QString& title, const QVector<ICalendarImportLine>& lines)
{
    if (lines.isEmpty())
        return;
    auto* group = new QTreeWidgetItem(tree, {title});
    group->setFirstColumnSpanned(true);
    for (const ICalendarImportLine& line : lines) {
        auto* item = new QTreeWidgetItem(group, {line.event, line.detail});
        item->setToolTip(1, line.detail);
    }
    group->setExpanded(true);
}

} // namespace

CalendarImportDialog::CalendarImportDialog(const ICalendarImportPlan& plan, const QString& fileName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Calendar"));
    const int unplaced = plan.unplaced.size();
    auto* summary =
        new QLabel(tr("“%1”: %2 to add, %3 to update, %4 unchanged; %n event(s) cannot be placed.", nullptr, unplaced)
                       .arg(fileName)
                       .arg(plan.added)
                       .arg(plan.updated)
                       .arg(plan.unchanged),
                   this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("events"));
    tree->setHeaderLabels({tr("Event"), tr("What happens")});
    tree->header()->setStretchLastSection(true);
    addGroup(tree, tr("Changes"), plan.changes);
    addGroup(tree, tr("Not imported"), plan.unplaced);
    tree->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(this);
    if (plan.changesAnything()) {
        buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    if (!plan.changesAnything())
        layout->addWidget(new QLabel(tr("Importing this file would change nothing."), this));
    layout->addWidget(tree);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 420);
}

} // namespace mentordesk
