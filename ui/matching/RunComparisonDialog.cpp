// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunComparisonDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

RunComparisonDialog::RunComparisonDialog(const QVector<MatchRunDifference>& differences, const QString& error,
                                         QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(differences.size()), 4, this))
{
    setObjectName(QStringLiteral("RunComparisonDialog"));
    setWindowTitle(tr("Compare with Previous Run"));
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("comparisonSummary"));
    summary->setWordWrap(true);
    if (!error.isEmpty())
        summary->setText(tr("The runs could not be compared: %1").arg(error));
    else if (differences.isEmpty())
        summary->setText(tr("Every mentee has the same mentor and score as in the previous run."));
    else
        summary->setText(tr("%n mentee(s) changed since the previous run.", nullptr, int(differences.size())));

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Changes since the previous run"));
    m_table->setHorizontalHeaderLabels({tr("Mentee ID"), tr("Previous mentor"), tr("New mentor"), tr("Score change")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    const QString unmatched = tr("unmatched");
    for (int row = 0; row < differences.size(); ++row) {
        const MatchRunDifference& difference = differences.at(row);
        const QString from = difference.fromMentorExternalId.isEmpty() ? unmatched : difference.fromMentorExternalId;
        const QString to = difference.toMentorExternalId.isEmpty() ? unmatched : difference.toMentorExternalId;
        const QString change = difference.scoreChange > 0 ? tr("+%1").arg(locale.toString(difference.scoreChange))
                                                          : locale.toString(difference.scoreChange);
        m_table->setItem(row, 0, new QTableWidgetItem(difference.menteeExternalId));
        m_table->setItem(row, 1, new QTableWidgetItem(from));
        m_table->setItem(row, 2, new QTableWidgetItem(to));
        auto* score = new QTableWidgetItem(change);
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, score);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace mentordesk
