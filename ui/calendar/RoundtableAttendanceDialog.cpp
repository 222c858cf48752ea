// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundtableAttendanceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

enum Column { Member, Attendance, Note };

QComboBox* statusCombo(QWidget* parent, const QString& status)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(RoundtableAttendanceDialog::tr("Not recorded"), QString());
    combo->addItem(RoundtableAttendanceDialog::tr("Attended"), QStringLiteral("attended"));
    combo->addItem(RoundtableAttendanceDialog::tr("Absent"), QStringLiteral("absent"));
    combo->addItem(RoundtableAttendanceDialog::tr("Excused"), QStringLiteral("excused"));
    combo->setCurrentIndex(std::max(0, combo->findData(status)));
    return combo;
}

} // namespace

RoundtableAttendanceDialog::RoundtableAttendanceDialog(const QString& title, const QVector<AttendanceEntry>& entries,
                                                       QWidget* parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_table(new QTableWidget(int(entries.size()), 3, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Roundtable Attendance"));
    setObjectName(QStringLiteral("roundtableAttendanceDialog"));
    auto* heading = new QLabel(tr("Who came to “%1”? Attendance is voluntary: it never counts against a "
                                  "pairing's adherence.")
                                   .arg(title),
                               this);
    heading->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Attendance"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Member, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Attendance, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Attendance per cohort member"));
    for (int row = 0; row < entries.size(); ++row) {
        const AttendanceEntry& entry = entries.at(row);
        auto* member = new QTableWidgetItem(tr("%1 (%2)", "member name (seller ID)").arg(entry.name, entry.externalId));
        member->setFlags(member->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Member, member);
        m_table->setCellWidget(row, Attendance, statusCombo(m_table, entry.status));
        m_table->setItem(row, Note, new QTableWidgetItem(entry.note));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* all = buttons->addButton(tr("Mark the &Rest Attended"), QDialogButtonBox::ActionRole);
    all->setObjectName(QStringLiteral("markRestAttended"));
    connect(all, &QPushButton::clicked, this, &RoundtableAttendanceDialog::markRemainingAttended);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    if (entries.isEmpty())
        layout->addWidget(new QLabel(tr("The cohort has no members yet."), this));
    layout->addWidget(m_table, 1);
    m_problem->setObjectName(QStringLiteral("attendanceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 420);
}

void RoundtableAttendanceDialog::markRemainingAttended()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Attendance));
        if (combo && combo->currentData().toString().isEmpty())
            combo->setCurrentIndex(combo->findData(QStringLiteral("attended")));
    }
}

void RoundtableAttendanceDialog::accept()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Attendance));
        const QTableWidgetItem* note = m_table->item(row, Note);
        if (combo && combo->currentData().toString().isEmpty() && note && !note->text().trimmed().isEmpty()) {
            m_problem->setText(tr("%1 has a note but no attendance; choose attended, absent or excused, or clear the "
                                  "note.")
                                   .arg(m_table->item(row, Member)->text()));
            m_problem->show();
            m_table->setCurrentCell(row, Attendance);
            combo->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QVector<AttendanceEntry> RoundtableAttendanceDialog::entries() const
{
    QVector<AttendanceEntry> entries = m_entries;
    for (int row = 0; row < entries.size(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Attendance));
        entries[row].status = combo ? combo->currentData().toString() : QString();
        const QTableWidgetItem* note = m_table->item(row, Note);
        // accept() refused a note without an attendance, so none is dropped here.
        entries[row].note = entries[row].status.isEmpty() || !note ? QString() : note->text().trimmed();
    }
    return entries;
}

} // namespace mentordesk
